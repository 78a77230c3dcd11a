import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { QueueTicketStatus } from '@motcua/contracts';

/**
 * A number drawn at a branch's kiosk. `serviceDay` is the Vietnam day of issue: numbering
 * restarts with it, and only today's tickets are called.
 */
@Entity({ name: 'queue_ticket' })
// Call-next: the oldest waiting ticket of the day at a branch (ORDER BY issued_at, number, id:
// tickets drawn in the same millisecond go by number).
@Index('ix_queue_ticket_waiting', ['tenantId', 'branchId', 'serviceDay', 'status', 'issuedAt'])
// The board's latest calls.
@Index('ix_queue_ticket_last_called', ['tenantId', 'branchId', 'serviceDay', 'lastCalledAt'])
export class QueueTicketEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'branch_id' })
  branchId!: string;

  @Column('date', { name: 'service_day' })
  serviceDay!: string;

  @Column('text', { name: 'service_group_code' })
  serviceGroupCode!: string;

  /** Display number (A012): the group letter at issue and the day's sequence of that group. */
  @Column('text')
  number!: string;

  @Column('text')
  status!: QueueTicketStatus;

  /** Given at the kiosk to be texted when called; never leaves reception. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'first_called_at', nullable: true })
  firstCalledAt!: Date | null;

  @Column('timestamptz', { name: 'last_called_at', nullable: true })
  lastCalledAt!: Date | null;

  @Column('timestamptz', { name: 'served_at', nullable: true })
  servedAt!: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  @Column('int', { nullable: true })
  counter!: number | null;

  /** Staff subject of the latest call. */
  @Column('text', { name: 'called_by', nullable: true })
  calledBy!: string | null;

  @Column('text', { name: 'transferred_from', nullable: true })
  transferredFrom!: string | null;

  @Column('text', { name: 'dossier_code', nullable: true })
  dossierCode!: string | null;
}
