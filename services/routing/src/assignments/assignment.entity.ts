import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DossierStatus } from '@motcua/contracts';

export const AssignmentState = { Open: 'OPEN', Closed: 'CLOSED' } as const;
export type AssignmentState = (typeof AssignmentState)[keyof typeof AssignmentState];

/**
 * Who in the competent agency works on a routed dossier. Open until the agency's work ends
 * (result ready, or the dossier is refused, withdrawn or stopped); no handler while nobody is
 * free to take it.
 */
@Entity({ name: 'dossier_assignment' })
@Index('ix_dossier_assignment_handler', ['tenantId', 'handlerSubject', 'state'])
@Index('ix_dossier_assignment_agency', ['tenantId', 'agencyCode', 'state'])
// The sweeper gives waiting dossiers a handler, oldest first.
@Index('ix_dossier_assignment_waiting', ['routedAt'], {
  where: `"handler_subject" IS NULL AND "state" = 'OPEN'`,
})
export class AssignmentEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'procedure_code' })
  procedureCode!: string;

  @Column('text', { name: 'procedure_name' })
  procedureName!: string;

  @Column('text', { name: 'field_code' })
  fieldCode!: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('timestamptz', { name: 'routed_at' })
  routedAt!: Date;

  @Column('text', { name: 'handler_subject', nullable: true })
  handlerSubject!: string | null;

  @Column('timestamptz', { name: 'assigned_at', nullable: true })
  assignedAt!: Date | null;

  @Column('text')
  state!: AssignmentState;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The dossier status that ended the agency's work. */
  @Column('text', { name: 'closed_status', nullable: true })
  closedStatus!: DossierStatus | null;
}
