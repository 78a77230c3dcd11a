import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  DELIVERY_CURSOR_KIND,
  StaffRole,
  decodeInstantCursor,
  type Actor,
  type Delivery,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { DeliveriesRepository } from './deliveries.repository';
import type { DeliveryAttemptEntity } from './delivery-attempt.entity';
import type { DeliveryEntity } from './delivery.entity';
import { maskRecipient } from './mask-recipient';
import { requireTenantRole } from './staff-roles';

const READERS = [StaffRole.Supervisor, StaffRole.TenantAdmin, StaffRole.Auditor] as const;
const REPLAYERS = [StaffRole.TenantAdmin, StaffRole.Supervisor] as const;

/** Deliveries and their attempts for the tenant's oversight, and replays of dead letters. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly clock: Clock,
  ) {}

  async list(
    tenant: string,
    request: RpcParsedRequest<'notification.delivery.list.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'notification.delivery.list.v1'>> {
    requireTenantRole(tenant, actor, READERS, 'read deliveries');
    const after = request.after
      ? decodeInstantCursor(DELIVERY_CURSOR_KIND, request.after)
      : undefined;
    if (after === null)
      throw new DomainError(ErrorCode.ValidationFailed, 'after is not a delivery cursor');
    const rows = await this.deliveries.list(tenant, {
      dossierCode: request.dossierCode,
      status: request.status,
      first: request.first,
      after,
    });
    const page = rows.slice(0, request.first);
    const attempts = await this.deliveries.attemptsOf(page.map((d) => d.id));
    return {
      deliveries: page.map((d) =>
        toDelivery(
          d,
          attempts.filter((a) => a.deliveryId === d.id),
        ),
      ),
      hasNextPage: rows.length > request.first,
    };
  }

  async replay(tenant: string, id: string, actor: Actor | undefined): Promise<Delivery> {
    const staff = requireTenantRole(tenant, actor, REPLAYERS, 'replay dead deliveries');
    const existing = await this.deliveries.findOne(tenant, id);
    if (!existing) throw new DomainError(ErrorCode.NotFound, `delivery ${id} does not exist`);
    const replayed = await this.deliveries.replayDead(
      tenant,
      { id },
      staff.subject,
      this.clock.now(),
    );
    if (!replayed.length)
      throw new DomainError(
        ErrorCode.Conflict,
        `delivery ${id} is ${existing.status}: only dead (FAILED) deliveries are replayed`,
      );
    const row = await this.deliveries.findOne(tenant, id);
    return toDelivery(row ?? existing, await this.deliveries.attemptsOf([id]));
  }

  async replayAll(
    tenant: string,
    request: RpcParsedRequest<'notification.delivery.replay-dead.v1'>,
    actor: Actor | undefined,
  ): Promise<number> {
    const staff = requireTenantRole(tenant, actor, REPLAYERS, 'replay dead deliveries');
    const ids = await this.deliveries.replayDead(
      tenant,
      { channel: request.channel, since: request.since ? new Date(request.since) : undefined },
      staff.subject,
      this.clock.now(),
    );
    return ids.length;
  }
}

function toDelivery(d: DeliveryEntity, attempts: DeliveryAttemptEntity[]): Delivery {
  return {
    id: d.id,
    eventId: d.eventId,
    dossierCode: d.dossierCode,
    channel: d.channel,
    recipient: maskRecipient(d.channel, d.recipient),
    template: d.template,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt.toISOString() : null,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    replayedBy: d.replayedBy,
    replayedAt: d.replayedAt?.toISOString() ?? null,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      at: a.at.toISOString(),
      outcome: a.outcome,
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
    })),
  };
}
