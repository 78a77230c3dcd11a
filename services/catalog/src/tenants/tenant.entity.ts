import { Column, Entity, PrimaryColumn } from 'typeorm';
import {
  tenantSettingsSchema,
  type RpcResponse,
  type Tenant,
  type TenantSettings,
} from '@motcua/contracts';

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

  @Column('text', { name: 'time_zone', default: 'Asia/Ho_Chi_Minh' })
  timeZone!: string;

  @Column('jsonb', { default: () => `'{"defaultLocale": "vi"}'` })
  settings!: TenantSettings;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column('text', { name: 'successor_id', nullable: true })
  successorId!: string | null;
}

export function toTenant(e: TenantEntity): RpcResponse<'catalog.tenant.get.v1'> {
  return {
    id: e.id,
    name: e.name,
    statisticsCode: e.statisticsCode,
    agencyCode: e.agencyCode,
    regions: e.regions,
    timeZone: e.timeZone,
    // Fills settings added since the row was written with their defaults.
    settings: tenantSettingsSchema.parse(e.settings),
    validFrom: e.validFrom,
    validTo: e.validTo,
    successorId: e.successorId,
  };
}
