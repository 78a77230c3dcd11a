import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Agency, AgencyKind } from '@motcua/contracts';

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
}

export function toAgency(e: AgencyEntity): Agency {
  return { code: e.code, tenant: e.tenantId, name: e.name, kind: e.kind, unitCode: e.unitCode };
}
