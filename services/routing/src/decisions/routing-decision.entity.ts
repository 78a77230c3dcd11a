import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const DecisionStatus = { Routed: 'ROUTED', Held: 'HELD' } as const;
export type DecisionStatus = (typeof DecisionStatus)[keyof typeof DecisionStatus];

/**
 * The routing decision of one dossier. The dossier id is the key: a dossier is decided once,
 * whatever number of `dossier.received` events (or redeliveries) arrive for it.
 */
@Entity({ name: 'routing_decision' })
// Supervisors list the held dossiers of their tenant.
@Index('ix_routing_decision_tenant_status', ['tenantId', 'status'])
export class RoutingDecisionEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  status!: DecisionStatus;

  /** The matched rule; null when none matched. */
  @Column('text', { name: 'rule_id', nullable: true })
  ruleId!: string | null;

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode!: string | null;

  @Column('text', { name: 'agency_name', nullable: true })
  agencyName!: string | null;

  /** Why a dossier is held, for the supervisor. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt!: Date;
}
