import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionStatus } from './routing-decision.entity';

/** Every routing decision ever taken about a dossier, append-only: re-routing is logged. */
@Entity({ name: 'routing_decision_history' })
@Index('ix_routing_decision_history_dossier', ['dossierId', 'id'])
export class RoutingDecisionHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  status!: DecisionStatus;

  @Column('text', { name: 'rule_id', nullable: true })
  ruleId!: string | null;

  @Column('int', { name: 'rule_version', nullable: true })
  ruleVersion!: number | null;

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode!: string | null;

  @Column('text', { name: 'agency_name', nullable: true })
  agencyName!: string | null;

  @Column('text')
  reason!: string;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt!: Date;

  @Column('text', { name: 'decided_by' })
  decidedBy!: string;
}
