import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { ProcedureEntity } from './procedure.entity';

export interface ProcedurePage {
  items: ProcedureEntity[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Reads the version of each procedure in force on a given day. */
@Injectable()
export class ProceduresRepository {
  constructor(
    @InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>,
  ) {}

  private current(tenant: string, day: string): SelectQueryBuilder<ProcedureEntity> {
    return this.procedures
      .createQueryBuilder('p')
      .where('p.tenant_id = :tenant', { tenant })
      .andWhere('p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to >= :day)', { day })
      .andWhere(
        'p.version = (SELECT max(v.version) FROM procedure v WHERE v.tenant_id = p.tenant_id AND v.code = p.code AND v.valid_from <= :day AND (v.valid_to IS NULL OR v.valid_to >= :day))'.replace(
          'FROM procedure',
          `FROM ${this.procedures.metadata.tablePath}`,
        ),
      );
  }

  findCurrent(tenant: string, code: string, day: string): Promise<ProcedureEntity | null> {
    return this.current(tenant, day).andWhere('p.code = :code', { code }).getOne();
  }

  async page(
    tenant: string,
    day: string,
    query: { search?: string; first: number; afterCode?: string },
  ): Promise<ProcedurePage> {
    const base = this.current(tenant, day);
    if (query.search?.trim()) {
      const term = `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base.andWhere('(p.name ILIKE :term OR p.code ILIKE :term OR p.field_name ILIKE :term)', {
        term,
      });
    }
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
}
