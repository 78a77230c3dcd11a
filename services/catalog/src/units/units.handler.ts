import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { toUnit } from './administrative-unit.entity';
import { UnitsService } from './units.service';

@Injectable()
export class UnitsHandler {
  constructor(private readonly units: UnitsService) {}

  @RpcHandler('catalog.unit.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.unit.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.unit.get.v1'>> {
    return toUnit(await this.units.get(ctx.tenant!, request.code));
  }

  @RpcHandler('catalog.unit.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.unit.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.unit.list.v1'>> {
    const day = request.asOf ?? this.units.today();
    const rows = await this.units.list(ctx.tenant!, day, {
      level: request.level,
      parentCode: request.parentCode,
    });
    return { units: rows.map(toUnit) };
  }

  @RpcHandler('catalog.unit.resolve.v1')
  async resolve(
    request: RpcParsedRequest<'catalog.unit.resolve.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.unit.resolve.v1'>> {
    const day = request.asOf ?? this.units.today();
    const { unit, current } = await this.units.resolve(ctx.tenant!, request.code, day);
    return { unit: toUnit(unit), current: current.map(toUnit) };
  }

  @RpcHandler('catalog.unit.locate.v1')
  async locate(
    request: RpcParsedRequest<'catalog.unit.locate.v1'>,
  ): Promise<RpcResponse<'catalog.unit.locate.v1'>> {
    const unit = await this.units.locate(request.code, request.asOf ?? this.units.today());
    return { tenant: unit.tenantId, unit: toUnit(unit) };
  }
}
