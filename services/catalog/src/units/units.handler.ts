import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode, type RpcParsedRequest, type RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { AdministrativeUnitEntity, toUnit } from './administrative-unit.entity';

@Injectable()
export class UnitsHandler {
  constructor(
    @InjectRepository(AdministrativeUnitEntity)
    private readonly units: Repository<AdministrativeUnitEntity>,
  ) {}

  /** A unit by code, also a dissolved one (with its successor): old dossiers keep old codes. */
  @RpcHandler('catalog.unit.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.unit.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.unit.get.v1'>> {
    const row = await this.units.findOneBy({ tenantId: ctx.tenant, code: request.code });
    if (!row)
      throw new DomainError(
        ErrorCode.NotFound,
        `administrative unit ${request.code} does not exist in tenant ${ctx.tenant}`,
      );
    return toUnit(row);
  }
}
