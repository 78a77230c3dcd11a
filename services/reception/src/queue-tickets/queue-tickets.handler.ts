import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { QueueTicketsService } from './queue-tickets.service';

/** NATS handlers of the queue tickets; the service authorizes. */
@Injectable()
export class QueueTicketsHandler {
  constructor(private readonly queue: QueueTicketsService) {}

  @RpcHandler('reception.queue-ticket.groups.v1')
  async groups(
    request: RpcParsedRequest<'reception.queue-ticket.groups.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.groups.v1'>> {
    return { groups: await this.queue.groups(ctx.tenant!, request.branchId) };
  }

  @RpcHandler('reception.queue-ticket.take.v1')
  take(
    request: RpcParsedRequest<'reception.queue-ticket.take.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.take.v1'>> {
    return this.queue.take(ctx.tenant!, request);
  }

  @RpcHandler('reception.queue-ticket.call-next.v1')
  async callNext(
    request: RpcParsedRequest<'reception.queue-ticket.call-next.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.call-next.v1'>> {
    return { ticket: await this.queue.callNext(ctx.tenant!, request, ctx.actor) };
  }

  @RpcHandler('reception.queue-ticket.transition.v1')
  transition(
    request: RpcParsedRequest<'reception.queue-ticket.transition.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.transition.v1'>> {
    return this.queue.transition(ctx.tenant!, request.id, request.command, ctx.actor);
  }

  @RpcHandler('reception.queue-ticket.get.v1')
  get(
    request: RpcParsedRequest<'reception.queue-ticket.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.get.v1'>> {
    return this.queue.get(ctx.tenant!, request.id);
  }

  @RpcHandler('reception.queue-ticket.board.v1')
  board(
    request: RpcParsedRequest<'reception.queue-ticket.board.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.board.v1'>> {
    return this.queue.board(ctx.tenant!, request.branchId);
  }

  @RpcHandler('reception.queue-ticket.report.v1')
  async report(
    request: RpcParsedRequest<'reception.queue-ticket.report.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.queue-ticket.report.v1'>> {
    return { rows: await this.queue.report(ctx.tenant!, request, ctx.actor) };
  }
}
