import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type RpcParsedRequest, type RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { PortalSyncRepository } from './portal-sync.repository';

/** Reads of the sync state; the gateway decides who may ask (staff; report: supervisors...). */
@Injectable()
export class PortalSyncRpcHandler {
  constructor(private readonly records: PortalSyncRepository) {}

  @RpcHandler('notification.portal-sync.get.v1')
  async get(
    request: RpcParsedRequest<'notification.portal-sync.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.portal-sync.get.v1'>> {
    const row = await this.records.find(ctx.tenant!, request.code);
    return {
      dossierCode: request.code,
      state: row?.state ?? 'NOT_SYNCED',
      syncedAt: row?.syncedAt?.toISOString() ?? null,
      attempts: row?.attempts ?? 0,
      lastError: row?.lastError ?? null,
    };
  }

  @RpcHandler('notification.portal-sync.report.v1')
  async report(
    request: RpcParsedRequest<'notification.portal-sync.report.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.portal-sync.report.v1'>> {
    const from = new Date(request.from);
    const to = new Date(request.to);
    if (to.getTime() <= from.getTime())
      throw new DomainError(ErrorCode.ValidationFailed, '`to` must be after `from`');
    if (to.getTime() - from.getTime() > 3 * 366 * 86_400_000)
      throw new DomainError(ErrorCode.ValidationFailed, 'a report spans at most three years');
    const rows = await this.records.report(ctx.tenant!, from, to, request.period);
    const total = rows.reduce((n, r) => n + r.total, 0);
    const synced = rows.reduce((n, r) => n + r.synced, 0);
    const share = (s: number, t: number) => (t === 0 ? 1 : s / t);
    return {
      rows: rows.map((r) => ({ ...r, share: share(r.synced, r.total) })),
      total,
      synced,
      share: share(synced, total),
    };
  }
}
