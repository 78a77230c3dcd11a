import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type FindOptionsWhere, type Repository } from 'typeorm';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { AgencyEntity, toAgency } from './agency.entity';

@Injectable()
export class AgenciesHandler {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
  ) {}

  @RpcHandler('catalog.agency.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.agency.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.agency.list.v1'>> {
    const where: FindOptionsWhere<AgencyEntity> = { tenantId: ctx.tenant };
    if (request.codes) where.code = In(request.codes);
    if (request.unitCode) where.unitCode = request.unitCode;
    if (request.kind) where.kind = request.kind;
    const rows = await this.agencies.find({ where, order: { code: 'ASC' } });
    return { agencies: rows.map(toAgency) };
  }
}
