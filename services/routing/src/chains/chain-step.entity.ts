import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ChainStepStatus, Duration } from '@motcua/contracts';

/**
 * One step of a dossier's inter-agency chain (DOMAIN §4), copied from its procedure version when
 * the dossier is routed: the agency holding it during the step, its deadline in working time from
 * the step's start, and who finished it. One step at a time is ACTIVE.
 */
@Entity({ name: 'dossier_chain_step' })
@Index('ix_dossier_chain_step_code', ['tenantId', 'dossierCode'])
// Handlers are credited with the steps they handed over (handled this year).
@Index('ix_dossier_chain_step_handler', ['tenantId', 'handlerSubject', 'finishedAt'])
export class ChainStepEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  /** 1-based position in the chain. */
  @PrimaryColumn('int', { name: 'step_index' })
  stepIndex!: number;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  title!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'agency_name' })
  agencyName!: string;

  @Column('jsonb')
  duration!: Duration;

  @Column('text')
  status!: ChainStepStatus;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  /** Since when the dossier waits on the applicant during this step (its clock is paused). */
  @Column('timestamptz', { name: 'paused_at', nullable: true })
  pausedAt!: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  /** The staff member who handed over, or `system:routing` when the dossier's work ended. */
  @Column('text', { name: 'finished_by', nullable: true })
  finishedBy!: string | null;

  /** The handler who held the dossier when the step was handed over. */
  @Column('text', { name: 'handler_subject', nullable: true })
  handlerSubject!: string | null;

  /** The hand-over note of whoever finished the step. */
  @Column('text', { nullable: true })
  note!: string | null;
}
