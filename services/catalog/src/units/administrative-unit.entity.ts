import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RpcResponse, UnitLevel } from '@motcua/contracts';

/**
 * An administrative unit, effective-dated: a unit that ended keeps its row and points to the
 * units that took over its territory (one after a merge, several after a split).
 */
@Entity({ name: 'administrative_unit' })
@Index('ix_administrative_unit_parent', ['tenantId', 'parentCode'])
export class AdministrativeUnitEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  /** National statistics code. */
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  level!: UnitLevel;

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column('text', { nullable: true })
  region!: string | null;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  /** Main successor first. */
  @Column('text', { name: 'successor_codes', array: true, default: () => "'{}'" })
  successorCodes!: string[];
}

export type AdministrativeUnitView = RpcResponse<'catalog.unit.get.v1'>;

export function toUnit(e: AdministrativeUnitEntity): AdministrativeUnitView {
  return {
    code: e.code,
    tenant: e.tenantId,
    name: e.name,
    level: e.level,
    parentCode: e.parentCode,
    region: e.region,
    validFrom: e.validFrom,
    validTo: e.validTo,
    successorCode: e.successorCodes[0] ?? null,
    successorCodes: [...e.successorCodes],
  };
}
