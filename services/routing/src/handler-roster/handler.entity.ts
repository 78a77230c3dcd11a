import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AreaKind } from '@motcua/contracts';

/** A staff member who handles dossiers for one agency of a tenant (the roster). */
@Entity({ name: 'routing_handler' })
@Index('ix_routing_handler_agency', ['tenantId', 'agencyCode'])
@Check('ck_routing_handler_capacity', `"daily_capacity" > 0`)
export class HandlerEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  /** The staff member's subject at the tenant's identity provider. */
  @PrimaryColumn('text')
  subject!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  /** Skills; null = every field of the agency. */
  @Column('text', { name: 'field_codes', array: true, nullable: true })
  fieldCodes!: string[] | null;

  @Column('text', { name: 'area_kind' })
  areaKind!: AreaKind;

  @Column('int', { name: 'daily_capacity' })
  dailyCapacity!: number;

  @Column('boolean')
  active!: boolean;

  @Column('text', { name: 'updated_by' })
  updatedBy!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
