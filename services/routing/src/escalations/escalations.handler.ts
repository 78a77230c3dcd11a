import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent, RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { EventHandler, RpcHandler, type RpcCallContext } from '@motcua/platform';
import { EscalationsService } from './escalations.service';

/** Reception's due-date notices become alerts; staff read and acknowledge theirs. */
@Injectable()
export class EscalationsHandler {
  constructor(private readonly escalations: EscalationsService) {}

  @EventHandler({ name: 'escalation-dossier-received', types: ['dossier.received.v1'] })
  async received(event: CloudEvent<'dossier.received.v1'>, manager: EntityManager): Promise<void> {
    const { dossierId, receivingBranchId, dueAt } = event.data;
    await this.escalations.remember(
      manager,
      event.tenant,
      dossierId,
      receivingBranchId,
      new Date(dueAt),
    );
  }

  @EventHandler({ name: 'escalation-held', types: ['dossier.held.v1'] })
  async held(event: CloudEvent<'dossier.held.v1'>, manager: EntityManager): Promise<void> {
    const { dossierId, code, heldAt } = event.data;
    await this.escalations.held(manager, event.tenant, { dossierId, code }, new Date(heldAt));
  }

  @EventHandler({ name: 'escalation-due-soon', types: ['dossier.due-soon.v1'] })
  async dueSoon(event: CloudEvent<'dossier.due-soon.v1'>, manager: EntityManager): Promise<void> {
    const { dossierId, code, dueAt } = event.data;
    await this.escalations.escalate(
      manager,
      event.tenant,
      { dossierId, code, dueAt: new Date(dueAt) },
      'NEARING_DUE',
      new Date(event.time),
    );
  }

  @EventHandler({ name: 'escalation-overdue', types: ['dossier.overdue.v1'] })
  async overdue(event: CloudEvent<'dossier.overdue.v1'>, manager: EntityManager): Promise<void> {
    const { dossierId, code, dueAt, detectedAt } = event.data;
    await this.escalations.escalate(
      manager,
      event.tenant,
      { dossierId, code, dueAt: new Date(dueAt) },
      'OVERDUE',
      new Date(detectedAt),
    );
  }

  @RpcHandler('routing.alert.list.v1')
  async list(
    request: RpcParsedRequest<'routing.alert.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.alert.list.v1'>> {
    return { alerts: await this.escalations.list(ctx.tenant!, request, ctx.actor) };
  }

  @RpcHandler('routing.alert.acknowledge.v1')
  acknowledge(
    request: RpcParsedRequest<'routing.alert.acknowledge.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.alert.acknowledge.v1'>> {
    return this.escalations.acknowledge(ctx.tenant!, request.alertId, ctx.actor);
  }
}
