import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Branch } from '@motcua/contracts';

@Entity({ name: 'branch' })
@Index('ix_branch_tenant', ['tenantId'])
export class BranchEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'unit_code' })
  unitCode!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { nullable: true })
  region!: string | null;

  @Column('text')
  address!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;
}

export function toBranch(e: BranchEntity): Branch {
  return {
    id: e.id,
    tenant: e.tenantId,
    name: e.name,
    unitCode: e.unitCode,
    agencyCode: e.agencyCode,
    region: e.region,
    address: e.address,
    lat: e.lat,
    lng: e.lng,
  };
}
