import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentCause } from '@motcua/contracts';

/** Every (re)assignment of a dossier, append-only: transfers inside an agency are logged. */
@Entity({ name: 'dossier_assignment_history' })
@Index('ix_dossier_assignment_history_dossier', ['dossierId', 'id'])
// Daily capacity: what a handler was given on a day.
@Index('ix_dossier_assignment_history_handler', ['tenantId', 'handlerSubject', 'at'])
export class AssignmentHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  /** Null: nobody was free, the dossier waits in the agency queue. */
  @Column('text', { name: 'handler_subject', nullable: true })
  handlerSubject!: string | null;

  @Column('text', { name: 'previous_handler_subject', nullable: true })
  previousHandlerSubject!: string | null;

  @Column('text')
  cause!: AssignmentCause;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz')
  at!: Date;

  @Column('text', { name: 'assigned_by' })
  assignedBy!: string;
}
