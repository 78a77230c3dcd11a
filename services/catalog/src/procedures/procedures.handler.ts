import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  encodeCursor,
  DomainError,
  ErrorCode,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { requireServiceOrTenantAdmin, requireTenantAdmin } from '../access/require-tenant-admin';
import { normalizeSearchText, toProcedure } from './procedure.entity';
import { ProceduresRepository } from './procedures.repository';
import { ProceduresService } from './procedures.service';

function positionAfter(kind: string, cursor: string): string {
  const key = decodeCursor(kind, cursor);
  if (key === null) {
    throw new DomainError(ErrorCode.ValidationFailed, `after: not a ${kind} cursor`, [
      { path: 'after', message: `not a ${kind} cursor` },
    ]);
  }
  return key;
}

@Injectable()
export class ProceduresHandler {
  constructor(
    private readonly procedures: ProceduresRepository,
    private readonly service: ProceduresService,
  ) {}

  @RpcHandler('catalog.procedure.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.procedure.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.list.v1'>> {
    const search = request.search ? normalizeSearchText(request.search) : undefined;
    const page = await this.procedures.page(ctx.tenant!, request.asOf ?? this.service.today(), {
      search: search || undefined,
      fieldCode: request.fieldCode,
      level: request.level,
      first: request.first,
      afterCode: request.after ? positionAfter('procedure', request.after) : undefined,
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
    const day = request.asOf ?? this.service.today();
    const row = await this.procedures.findInForce(ctx.tenant!, request.code, day);
    if (!row)
      throw new DomainError(
        ErrorCode.NotFound,
        `procedure ${request.code} is not offered by tenant ${ctx.tenant} on ${day}`,
      );
    return toProcedure(row);
  }

  @RpcHandler('catalog.procedure.versions.v1')
  async versions(
    request: RpcParsedRequest<'catalog.procedure.versions.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.versions.v1'>> {
    // Drafts included: the gateway offers this to tenant administrators only.
    requireServiceOrTenantAdmin(ctx);
    const rows = await this.procedures.versions(ctx.tenant!, request.code);
    if (!rows.length)
      throw new DomainError(
        ErrorCode.NotFound,
        `procedure ${request.code} does not exist in tenant ${ctx.tenant}`,
      );
    return { versions: rows.map(toProcedure) };
  }

  @RpcHandler('catalog.procedure.draft.save.v1')
  async saveDraft(
    request: RpcParsedRequest<'catalog.procedure.draft.save.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.draft.save.v1'>> {
    requireTenantAdmin(ctx);
    return toProcedure(await this.service.saveDraft(ctx.tenant!, request.definition));
  }

  @RpcHandler('catalog.procedure.publish.v1')
  async publish(
    request: RpcParsedRequest<'catalog.procedure.publish.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.publish.v1'>> {
    requireTenantAdmin(ctx);
    return toProcedure(
      await this.service.publish(ctx.tenant!, request.code, request.version, request.validFrom),
    );
  }

  @RpcHandler('catalog.procedure.import.v1')
  async import(
    request: RpcParsedRequest<'catalog.procedure.import.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.import.v1'>> {
    requireTenantAdmin(ctx);
    return { results: await this.service.import(ctx.tenant!, request.rows) };
  }

  @RpcHandler('catalog.procedure.export.v1')
  async export(
    request: RpcParsedRequest<'catalog.procedure.export.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.procedure.export.v1'>> {
    requireTenantAdmin(ctx);
    let after: { code: string; version: number } | undefined;
    if (request.after) {
      const [code, version] = positionAfter('procedure-version', request.after).split('@');
      after = { code, version: Number(version) };
    }
    const page = await this.procedures.exportPage(ctx.tenant!, request.first, after);
    const last = page.items.at(-1);
    return {
      items: page.items.map(toProcedure),
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeCursor('procedure-version', `${last.code}@${last.version}`) : null,
    };
  }
}
