import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A handler is away from `from` through `to` (Vietnam dates, inclusive). */
@Entity({ name: 'routing_handler_absence' })
@Index('ix_routing_handler_absence_handler', ['tenantId', 'subject', 'toDate'])
// The sweeper finds absences that began and whose open dossiers were not yet re-assigned.
@Index('ix_routing_handler_absence_pending', ['fromDate'], { where: '"released_at" IS NULL' })
@Check('ck_routing_handler_absence_dates', `"to_date" >= "from_date"`)
export class HandlerAbsenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  subject!: string;

  @Column('date', { name: 'from_date' })
  fromDate!: string;

  @Column('date', { name: 'to_date' })
  toDate!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  /** When the handler's open dossiers were re-assigned for this absence; null until it begins. */
  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt!: Date | null;
}
