import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BranchKind, RpcResponse, WorkingCalendar } from '@motcua/contracts';

@Entity({ name: 'branch' })
@Index('ix_branch_tenant', ['tenantId'])
export class BranchEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: BranchKind;

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

  /** Office periods of a working day; empty = the tenant's office hours. */
  @Column('jsonb', { name: 'opening_hours', default: () => "'[]'" })
  openingHours!: WorkingCalendar['officeHours'];

  @Column('int')
  counters!: number;
}

export type BranchView = RpcResponse<'catalog.branch.get.v1'>;

export function toBranch(e: BranchEntity): BranchView {
  return {
    id: e.id,
    tenant: e.tenantId,
    name: e.name,
    kind: e.kind,
    unitCode: e.unitCode,
    agencyCode: e.agencyCode,
    region: e.region,
    address: e.address,
    lat: e.lat,
    lng: e.lng,
    openingHours: e.openingHours.map((p) => ({ ...p })),
    counters: e.counters,
  };
}
