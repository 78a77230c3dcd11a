import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { InstantPosition } from '../paging/instant-cursor';
import { PersonalDataAccessEntity } from './personal-data-access.entity';

/** What the access log may be filtered by; `from` inclusive, `to` exclusive. */
export interface AccessLogFilter {
  dossierCode?: string;
  actorSubject?: string;
  from?: Date;
  to?: Date;
}

/** The append-only log of personal-data reads. */
@Injectable()
export class AccessLogRepository {
  constructor(
    @InjectRepository(PersonalDataAccessEntity)
    private readonly rows: Repository<PersonalDataAccessEntity>,
  ) {}

  async insert(row: PersonalDataAccessEntity): Promise<void> {
    await this.rows.insert(row);
  }

  /** One page newest first, one row more than asked so the caller knows whether more follow. */
  page(
    tenant: string,
    filter: AccessLogFilter,
    first: number,
    after: InstantPosition | null,
  ): Promise<PersonalDataAccessEntity[]> {
    const query = this.filtered(tenant, filter)
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(first + 1);
    if (after)
      query.andWhere('(a.at, a.id) < (:afterAt, :afterId)', {
        afterAt: after.at,
        afterId: after.id,
      });
    return query.getMany();
  }

  count(tenant: string, filter: AccessLogFilter): Promise<number> {
    return this.filtered(tenant, filter).getCount();
  }

  private filtered(
    tenant: string,
    filter: AccessLogFilter,
  ): SelectQueryBuilder<PersonalDataAccessEntity> {
    const query = this.rows.createQueryBuilder('a').where('a.tenantId = :tenant', { tenant });
    if (filter.dossierCode) query.andWhere('a.dossierCode = :code', { code: filter.dossierCode });
    if (filter.actorSubject)
      query.andWhere('a.actorSubject = :subject', { subject: filter.actorSubject });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return query;
  }
}
