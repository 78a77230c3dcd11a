import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Tenant } from '@motcua/contracts';

@Entity({ name: 'tenant' })
export class TenantEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'statistics_code' })
  statisticsCode!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  /** Regions absorbed by the 2025 reorganization (e.g. Binh Duong in HCMC), effective-dated. */
  @Column('jsonb', { default: () => "'[]'" })
  regions!: Tenant['regions'];
}

export function toTenant(e: TenantEntity): Tenant {
  return {
    id: e.id,
    name: e.name,
    statisticsCode: e.statisticsCode,
    agencyCode: e.agencyCode,
    regions: e.regions,
  };
}
