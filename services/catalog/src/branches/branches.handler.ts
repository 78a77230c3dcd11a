import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode, type RpcParsedRequest, type RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { BranchEntity, toBranch } from './branch.entity';
import { uncoveredPoints } from './coverage';
import { distanceKm } from './geo';

const DEFAULT_RADIUS_KM = 5;

@Injectable()
export class BranchesHandler {
  constructor(
    @InjectRepository(BranchEntity) private readonly branches: Repository<BranchEntity>,
  ) {}

  /** Branches of one tenant or all; with `near`, those within the radius, nearest first. */
  @RpcHandler('catalog.branch.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.branch.list.v1'>,
  ): Promise<RpcResponse<'catalog.branch.list.v1'>> {
    const rows = await this.branches.find({
      where: request.tenant ? { tenantId: request.tenant } : {},
      order: { tenantId: 'ASC', id: 'ASC' },
    });
    const branches = rows.map(toBranch);
    if (!request.near) {
      if (request.radiusKm !== undefined)
        throw new DomainError(ErrorCode.ValidationFailed, 'radiusKm needs near');
      return { branches };
    }
    const near = request.near;
    const radius = request.radiusKm ?? DEFAULT_RADIUS_KM;
    const within = branches
      .map((b) => ({ b, d: distanceKm(near, b) }))
      .filter((x) => x.d <= radius)
      .sort((x, y) => x.d - y.d)
      .map((x) => x.b);
    return { branches: within };
  }

  @RpcHandler('catalog.branch.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.branch.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.branch.get.v1'>> {
    const row = await this.branches.findOneBy({ id: request.id, tenantId: ctx.tenant });
    if (!row)
      throw new DomainError(
        ErrorCode.NotFound,
        `branch ${request.id} does not exist in tenant ${ctx.tenant}`,
      );
    return toBranch(row);
  }

  @RpcHandler('catalog.branch.coverage.v1')
  async coverage(
    request: RpcParsedRequest<'catalog.branch.coverage.v1'>,
  ): Promise<RpcResponse<'catalog.branch.coverage.v1'>> {
    const branches = await this.branches.find({
      select: { id: true, lat: true, lng: true },
      where: request.tenant ? { tenantId: request.tenant } : {},
      order: { id: 'ASC' },
    });
    return {
      checked: request.points.length,
      uncovered: uncoveredPoints(request.points, branches, request.radiusKm),
    };
  }
}
