import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EscalationAudience, EscalationLevel } from '@motcua/contracts';

/**
 * A deadline alert for one audience of one dossier. One per (dossier, level, audience, due date):
 * a redelivered notice adds nothing, a new due date (after an apology) alerts again.
 */
@Entity({ name: 'escalation_alert' })
@Index('uq_escalation_alert', ['dossierId', 'level', 'audience', 'dueAt'], { unique: true })
@Index('ix_escalation_alert_tenant_raised', ['tenantId', 'raisedAt'])
export class EscalationAlertEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  level!: EscalationLevel;

  @Column('text')
  audience!: EscalationAudience;

  @Column('text', { name: 'handler_subject', nullable: true })
  handlerSubject!: string | null;

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode!: string | null;

  @Column('text', { name: 'branch_id', nullable: true })
  branchId!: string | null;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;
}
