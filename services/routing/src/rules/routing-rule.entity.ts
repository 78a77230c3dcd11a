import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel, ProcedureLevel } from '@motcua/contracts';
import type { RoutingRule, RoutingTargetKind } from './rule-matcher';

/**
 * One version of a routing rule of a tenant: ordered (priority), effective-dated, first match
 * wins. A version in force never changes; a change is a new version from a later day, and the
 * version before it ends the day before (see RuleVersioning).
 */
@Entity({ name: 'routing_rule' })
@Index('ix_routing_rule_tenant_priority', ['tenantId', 'priority'])
// A fixed-agency rule names its agency; a jurisdiction rule does not.
@Check(
  'ck_routing_rule_target',
  `("target_kind" = 'AGENCY' AND "target_agency_code" IS NOT NULL) OR ("target_kind" = 'JURISDICTION_COMMITTEE' AND "target_agency_code" IS NULL)`,
)
@Check('ck_routing_rule_validity', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
export class RoutingRuleEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  id!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('int')
  priority!: number;

  /** Null: any procedure. */
  @Column('text', { name: 'procedure_codes', array: true, nullable: true })
  procedureCodes!: string[] | null;

  @Column('text', { name: 'field_codes', array: true, nullable: true })
  fieldCodes!: string[] | null;

  @Column('text', { nullable: true })
  level!: ProcedureLevel | null;

  /** Null: any channel (counter, online, postal). */
  @Column('text', { array: true, nullable: true })
  channels!: Channel[] | null;

  @Column('text', { name: 'jurisdiction_unit_codes', array: true, nullable: true })
  jurisdictionUnitCodes!: string[] | null;

  @Column('text', { name: 'target_kind' })
  targetKind!: RoutingTargetKind;

  @Column('text', { name: 'target_agency_code', nullable: true })
  targetAgencyCode!: string | null;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  /** Who wrote this version: a staff subject, or `system:demo-seed`. */
  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

export function toRoutingRule(e: RoutingRuleEntity): RoutingRule {
  return {
    id: e.id,
    version: e.version,
    priority: e.priority,
    procedureCodes: e.procedureCodes,
    fieldCodes: e.fieldCodes,
    level: e.level,
    channels: e.channels,
    jurisdictionUnitCodes: e.jurisdictionUnitCodes,
    // The check constraint guarantees an agency code on AGENCY rules.
    target:
      e.targetKind === 'AGENCY'
        ? { kind: 'AGENCY', agencyCode: e.targetAgencyCode ?? '' }
        : { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: e.validFrom,
    validTo: e.validTo,
  };
}
