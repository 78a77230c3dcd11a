import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { RpcParsedRequest } from '@motcua/contracts';
import { UnitsService } from '../units/units.service';
import { AgencyEntity } from './agency.entity';

export type AgencyQuery = RpcParsedRequest<'catalog.agency.list.v1'>;

/** Agencies of a tenant, by kind, field of competence and the units they are competent for. */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly units: UnitsService,
  ) {}

  async list(tenant: string, query: AgencyQuery): Promise<AgencyEntity[]> {
    const q = this.agencies.createQueryBuilder('a').where('a.tenant_id = :tenant', { tenant });
    if (query.codes) q.andWhere('a.code = ANY(:codes)', { codes: query.codes });
    if (query.unitCode) q.andWhere('a.unit_code = :unitCode', { unitCode: query.unitCode });
    if (query.kind) q.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.fieldCode)
      q.andWhere(':fieldCode = ANY(a.field_codes)', { fieldCode: query.fieldCode });
    if (query.jurisdictionUnitCode) {
      const day = query.asOf ?? this.units.today();
      const covering = await this.units.coveringCodes(tenant, query.jurisdictionUnitCode, day);
      if (!covering.length) return [];
      q.andWhere('a.jurisdiction && :covering', { covering });
    }
    return q.orderBy('a.code', 'ASC').getMany();
  }
}
