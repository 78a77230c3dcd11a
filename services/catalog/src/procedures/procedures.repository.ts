import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { ProcedureLevel } from '@motcua/contracts';
import { ProcedureEntity } from './procedure.entity';

export interface ProcedurePage {
  items: ProcedureEntity[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface ProcedureQuery {
  /** Already normalised (see normalizeSearchText). */
  search?: string;
  fieldCode?: string;
  level?: ProcedureLevel;
  first: number;
  afterCode?: string;
}

/** Reads procedure versions: the published one in force on a day, drafts, and every version. */
@Injectable()
export class ProceduresRepository {
  constructor(
    @InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>,
  ) {}

  /** Published versions valid on `day` (Vietnam date), one per code. */
  private inForce(tenant: string, day: string): SelectQueryBuilder<ProcedureEntity> {
    return this.procedures
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenant', { tenant })
      .andWhere(`p.status = 'PUBLISHED'`)
      .andWhere('p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to >= :day)', { day });
  }

  findInForce(tenant: string, code: string, day: string): Promise<ProcedureEntity | null> {
    return this.inForce(tenant, day)
      .andWhere('p.code = :code', { code })
      .orderBy('p.version', 'DESC')
      .getOne();
  }

  async page(tenant: string, day: string, query: ProcedureQuery): Promise<ProcedurePage> {
    const base = this.inForce(tenant, day);
    if (query.search) {
      const term = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base.andWhere('p.search_text LIKE :term', { term });
    }
    if (query.fieldCode) base.andWhere('p.field_code = :fieldCode', { fieldCode: query.fieldCode });
    if (query.level) base.andWhere('p.level = :level', { level: query.level });
    const totalCount = await base.clone().getCount();
    if (query.afterCode) base.andWhere('p.code > :after', { after: query.afterCode });
    const rows = await base
      .orderBy('p.code', 'ASC')
      .limit(query.first + 1)
      .getMany();
    return {
      items: rows.slice(0, query.first),
      totalCount,
      hasNextPage: rows.length > query.first,
    };
  }

  versions(tenant: string, code: string): Promise<ProcedureEntity[]> {
    return this.procedures.find({ where: { tenantId: tenant, code }, order: { version: 'ASC' } });
  }

  /** Every version in (code, version) order after a position, for export. */
  async exportPage(
    tenant: string,
    first: number,
    after?: { code: string; version: number },
  ): Promise<ProcedurePage> {
    const query = this.procedures
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenant', { tenant });
    if (after) query.andWhere('(p.code, p.version) > (:code, :version)', after);
    const rows = await query
      .orderBy('p.code', 'ASC')
      .addOrderBy('p.version', 'ASC')
      .limit(first + 1)
      .getMany();
    return { items: rows.slice(0, first), totalCount: -1, hasNextPage: rows.length > first };
  }

  /**
   * Serialises changes to one procedure (save, publish, import) inside the caller's transaction,
   * also when no version exists yet, and returns its versions as they are now.
   */
  async lockVersions(
    manager: EntityManager,
    tenant: string,
    code: string,
  ): Promise<ProcedureEntity[]> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `motcua:procedure:${tenant}:${code}`,
    ]);
    return manager.find(ProcedureEntity, {
      where: { tenantId: tenant, code },
      order: { version: 'ASC' },
    });
  }
}
