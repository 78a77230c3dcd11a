import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel, ProcedureLevel } from '@motcua/contracts';

export const DecisionStatus = { Routed: 'ROUTED', Held: 'HELD' } as const;
export type DecisionStatus = (typeof DecisionStatus)[keyof typeof DecisionStatus];

/**
 * The current routing decision of one dossier, with the facts of the dossier it was taken on. The
 * dossier id is the key: a dossier is decided automatically once, whatever number of
 * `dossier.received` events (or redeliveries) arrive for it; a supervisor may then route a held
 * one by hand. Every decision is also kept in `routing_decision_history`.
 */
@Entity({ name: 'routing_decision' })
// Supervisors list the held dossiers of their tenant, oldest first.
@Index('ix_routing_decision_tenant_status', ['tenantId', 'status', 'decidedAt'])
@Index('ix_routing_decision_tenant_code', ['tenantId', 'dossierCode'])
@Check('ck_routing_decision_routed', `"status" <> 'ROUTED' OR "agency_code" IS NOT NULL`)
export class RoutingDecisionEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  status!: DecisionStatus;

  /** The matched rule; null when none matched, or when a supervisor routed by hand. */
  @Column('text', { name: 'rule_id', nullable: true })
  ruleId!: string | null;

  @Column('int', { name: 'rule_version', nullable: true })
  ruleVersion!: number | null;

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode!: string | null;

  @Column('text', { name: 'agency_name', nullable: true })
  agencyName!: string | null;

  /** Why: how the rule matched, why the dossier is held, or the supervisor's reason. */
  @Column('text')
  reason!: string;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt!: Date;

  /** `system:routing`, or the subject of the supervisor who routed by hand. */
  @Column('text', { name: 'decided_by' })
  decidedBy!: string;

  // The dossier as received: shown to supervisors, used to assign a handler. Null only on
  // decisions taken before routing recorded them (migration DecisionReasons).
  @Column('text', { name: 'procedure_code', nullable: true })
  procedureCode!: string | null;

  /** The procedure version the dossier was received under: its inter-agency chain. */
  @Column('int', { name: 'procedure_version', nullable: true })
  procedureVersion!: number | null;

  @Column('text', { name: 'procedure_name', nullable: true })
  procedureName!: string | null;

  @Column('text', { name: 'field_code', nullable: true })
  fieldCode!: string | null;

  @Column('text', { nullable: true })
  level!: ProcedureLevel | null;

  @Column('text', { nullable: true })
  channel!: Channel | null;

  @Column('text', { name: 'jurisdiction_unit_code', nullable: true })
  jurisdictionUnitCode!: string | null;

  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt!: Date | null;
}
