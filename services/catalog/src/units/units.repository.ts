import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { UnitLevel } from '@motcua/contracts';
import { inForceSql } from '../validity/in-force';
import { AdministrativeUnitEntity } from './administrative-unit.entity';

export interface UnitQuery {
  level?: UnitLevel;
  parentCode?: string;
}

/** Reads a tenant's administrative units, current and former. */
@Injectable()
export class UnitsRepository {
  constructor(
    @InjectRepository(AdministrativeUnitEntity)
    private readonly units: Repository<AdministrativeUnitEntity>,
  ) {}

  findOne(tenant: string, code: string): Promise<AdministrativeUnitEntity | null> {
    return this.units.findOneBy({ tenantId: tenant, code });
  }

  findByCodes(tenant: string, codes: string[]): Promise<AdministrativeUnitEntity[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.units.findBy({ tenantId: tenant, code: In(codes) });
  }

  /** Every tenant's rows of a unit code in force on `day` (codes are national), by tenant. */
  findInForceInAnyTenant(code: string, day: string): Promise<AdministrativeUnitEntity[]> {
    return this.units
      .createQueryBuilder('u')
      .where('u.code = :code', { code })
      .andWhere(inForceSql('u'), { day })
      .orderBy('u.tenant_id', 'ASC')
      .getMany();
  }

  /** The units in force on `day`, by code. */
  listInForce(tenant: string, day: string, query: UnitQuery): Promise<AdministrativeUnitEntity[]> {
    const q = this.units
      .createQueryBuilder('u')
      .where('u.tenant_id = :tenant', { tenant })
      .andWhere(inForceSql('u'), { day });
    if (query.level) q.andWhere('u.level = :level', { level: query.level });
    if (query.parentCode) q.andWhere('u.parent_code = :parent', { parent: query.parentCode });
    return q.orderBy('u.code', 'ASC').getMany();
  }
}
