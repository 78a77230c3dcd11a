import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DossierReportService } from './dossier-report.service';

@Injectable()
export class ReportsHandler {
  constructor(private readonly reports: DossierReportService) {}

  @RpcHandler('reception.report.dossiers.v1')
  dossiers(
    request: RpcParsedRequest<'reception.report.dossiers.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.report.dossiers.v1'>> {
    return this.reports.dossiers(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('reception.report.service-index.v1')
  serviceIndex(
    request: RpcParsedRequest<'reception.report.service-index.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.report.service-index.v1'>> {
    return this.reports.serviceIndex(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('reception.report.handler-throughput.v1')
  handlerThroughput(
    request: RpcParsedRequest<'reception.report.handler-throughput.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.report.handler-throughput.v1'>> {
    return this.reports.handlerThroughput(ctx.tenant!, request, ctx.actor);
  }
}
