import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdministrativeUnit } from '@motcua/contracts';

/** An administrative unit, effective-dated: merged units keep their history and point to a successor. */
@Entity({ name: 'administrative_unit' })
export class AdministrativeUnitEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  level!: AdministrativeUnit['level'];

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column('text', { nullable: true })
  region!: string | null;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column('text', { name: 'successor_code', nullable: true })
  successorCode!: string | null;
}

export function toUnit(e: AdministrativeUnitEntity): AdministrativeUnit {
  return {
    code: e.code,
    tenant: e.tenantId,
    name: e.name,
    level: e.level,
    parentCode: e.parentCode,
    region: e.region,
    validFrom: e.validFrom,
    validTo: e.validTo,
    successorCode: e.successorCode,
  };
}
