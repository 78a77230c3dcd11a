import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { Clock } from '@motcua/platform';
import { inForceOn } from '../validity/in-force';
import { TenantEntity } from './tenant.entity';

/** Tenants, effective-dated like the provinces they are. */
@Injectable()
export class TenantsService {
  constructor(
    @InjectRepository(TenantEntity) private readonly tenants: Repository<TenantEntity>,
    private readonly clock: Clock,
  ) {}

  /** The tenants in force on `day` (today in Vietnam when absent). */
  async list(day = toVietnamDate(this.clock.now())): Promise<TenantEntity[]> {
    const rows = await this.tenants.find({ order: { id: 'ASC' } });
    return rows.filter((t) => inForceOn(t, day));
  }

  /** A tenant, also a former one; with `day`, only when in force that day. */
  async get(id: string, day?: string): Promise<TenantEntity> {
    const row = await this.tenants.findOneBy({ id });
    if (!row) throw new DomainError(ErrorCode.NotFound, `tenant ${id} does not exist`);
    if (day !== undefined && !inForceOn(row, day)) {
      const after = row.validTo !== null && row.validTo < day && row.successorId;
      throw new DomainError(
        ErrorCode.NotFound,
        `tenant ${id} was not in force on ${day}${after ? `; ${row.successorId} took it over` : ''}`,
      );
    }
    return row;
  }
}
