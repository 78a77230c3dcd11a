import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AgencyKind, ProcedureLevel, RpcResponse } from '@motcua/contracts';

@Entity({ name: 'agency' })
@Index('ix_agency_unit', ['tenantId', 'unitCode'])
export class AgencyEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: AgencyKind;

  @Column('text', { name: 'unit_code', nullable: true })
  unitCode!: string | null;

  /** Level of government; null when not recorded. */
  @Column('text', { nullable: true })
  level!: ProcedureLevel | null;

  /** Unit codes the agency is competent for (each covers the units below it). */
  @Column('text', { array: true, default: () => "'{}'" })
  jurisdiction!: string[];

  @Column('text', { name: 'field_codes', array: true, default: () => "'{}'" })
  fieldCodes!: string[];
}

export type AgencyView = RpcResponse<'catalog.agency.list.v1'>['agencies'][number];

export function toAgency(e: AgencyEntity): AgencyView {
  return {
    code: e.code,
    tenant: e.tenantId,
    name: e.name,
    kind: e.kind,
    unitCode: e.unitCode,
    level: e.level,
    jurisdiction: [...e.jurisdiction],
    fieldCodes: [...e.fieldCodes],
  };
}
