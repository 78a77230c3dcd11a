import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  encodeCursor,
  DomainError,
  ErrorCode,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock, RpcHandler, type RpcCallContext } from '@motcua/platform';
import { toVietnamDate } from '@motcua/calendar';
import { toProcedure } from './procedure.entity';
import { ProceduresRepository } from './procedures.repository';

function afterCode(cursor: string): string {
  const code = decodeCursor('procedure', cursor);
  if (code === null)
    throw new DomainError(ErrorCode.ValidationFailed, 'after: not a procedure cursor', [
      { path: 'after', message: 'not a procedure cursor' },
    ]);
  return code;
}

@Injectable()
export class ProceduresHandler {
  constructor(
    private readonly procedures: ProceduresRepository,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return toVietnamDate(this.clock.now());
  }

  @RpcHandler('catalog.procedure.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.procedure.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.list.v1'>> {
    const page = await this.procedures.page(ctx.tenant!, this.today(), {
      search: request.search,
      first: request.first,
      afterCode: request.after ? afterCode(request.after) : undefined,
    });
    const last = page.items.at(-1);
    return {
      items: page.items.map(toProcedure),
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeCursor('procedure', last.code) : null,
    };
  }

  @RpcHandler('catalog.procedure.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.procedure.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.get.v1'>> {
    const row = await this.procedures.findCurrent(ctx.tenant!, request.code, this.today());
    if (!row)
      throw new DomainError(
        ErrorCode.NotFound,
        `procedure ${request.code} is not offered by tenant ${ctx.tenant}`,
      );
    return toProcedure(row);
  }
}
