import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { DeliveryChannel } from '../channels/notification-channel';
import { DeliveryAttemptEntity, type AttemptOutcome } from './delivery-attempt.entity';
import { DeliveryEntity, type DeliveryStatus } from './delivery.entity';

/** How one attempt went, recorded with its settlement. */
export interface AttemptRecord {
  at: Date;
  statusCode: number | null;
  durationMs: number;
}

/** Filters and page of a delivery listing (newest first, keyset on created_at and id). */
export interface DeliveryQuery {
  dossierCode?: string;
  status?: DeliveryStatus;
  first: number;
  after?: { at: Date; id: string };
}

/** NOTIFY channel the worker listens on; Postgres delivers it only when the transaction commits. */
export const DELIVERY_WAKE_CHANNEL = 'motcua_notification_delivery';

/** Deliveries: planned inside the consumer's transaction, claimed and settled by the worker. */
@Injectable()
export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds PENDING deliveries in the caller's transaction; a row that exists already is kept. */
  async insertPending(manager: EntityManager, rows: DeliveryEntity[]): Promise<void> {
    if (!rows.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values(rows)
      .orIgnore()
      .execute();
    await manager.query('SELECT pg_notify($1, $2)', [DELIVERY_WAKE_CHANNEL, '']);
  }

  /**
   * Claims up to `limit` due deliveries (SKIP LOCKED: replicas share the work) by counting the
   * attempt and pushing `next_attempt_at` to `leaseUntil`. The send happens after this commits;
   * if the worker dies meanwhile the lease runs out and another worker tries again.
   */
  claimDue(
    now: Date,
    channels: DeliveryChannel[],
    limit: number,
    leaseUntil: Date,
  ): Promise<DeliveryEntity[]> {
    if (!channels.length) return Promise.resolve([]);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(DeliveryEntity)
        .createQueryBuilder('d')
        .where("d.status = 'PENDING'")
        .andWhere('d.next_attempt_at <= :now', { now })
        .andWhere('d.channel IN (:...channels)', { channels })
        .orderBy('d.next_attempt_at', 'ASC')
        .addOrderBy('d.created_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!due.length) return [];
      await manager
        .createQueryBuilder()
        .update(DeliveryEntity)
        .set({ attempts: () => 'attempts + 1', nextAttemptAt: leaseUntil })
        .whereInIds(due.map((d) => d.id))
        .execute();
      return due.map((d) =>
        Object.assign(d, { attempts: d.attempts + 1, nextAttemptAt: leaseUntil }),
      );
    });
  }

  /** When the next PENDING delivery of these channels falls due (null: none). */
  async nextDueAt(channels: DeliveryChannel[]): Promise<Date | null> {
    if (!channels.length) return null;
    const row = await this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .select('min(d.next_attempt_at)', 'next')
      .where("d.status = 'PENDING'")
      .andWhere('d.channel IN (:...channels)', { channels })
      .getRawOne<{ next: Date | null }>();
    return row?.next ? new Date(row.next) : null;
  }

  markSent(claimed: DeliveryEntity, attempt: AttemptRecord): Promise<boolean> {
    return this.settle(
      claimed,
      { status: 'SENT', sentAt: attempt.at, lastError: null },
      { ...attempt, outcome: 'SENT', error: null },
    );
  }

  markRetry(
    claimed: DeliveryEntity,
    error: string,
    nextAttemptAt: Date,
    attempt: AttemptRecord,
  ): Promise<boolean> {
    return this.settle(
      claimed,
      { lastError: error, nextAttemptAt },
      { ...attempt, outcome: 'FAILED', error },
    );
  }

  markFailed(claimed: DeliveryEntity, error: string, attempt: AttemptRecord): Promise<boolean> {
    return this.settle(
      claimed,
      { status: 'FAILED', lastError: error },
      { ...attempt, outcome: 'FAILED', error },
    );
  }

  /**
   * Settles only the claim this worker holds (same attempt, still PENDING) and records the
   * attempt with it; a stale claim is a no-op.
   */
  private settle(
    claimed: DeliveryEntity,
    changes: Partial<DeliveryEntity>,
    attempt: AttemptRecord & { outcome: AttemptOutcome; error: string | null },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(DeliveryEntity)
        .set(changes)
        .where('id = :id', { id: claimed.id })
        .andWhere("status = 'PENDING'")
        .andWhere('attempts = :attempts', { attempts: claimed.attempts })
        .execute();
      if (!result.affected) return false;
      await manager.insert(DeliveryAttemptEntity, {
        id: randomUUID(),
        deliveryId: claimed.id,
        attempt: claimed.attempts,
        ...attempt,
      });
      return true;
    });
  }

  /** A page of the tenant's deliveries (one row more than asked: the caller tells a next page). */
  list(tenantId: string, query: DeliveryQuery): Promise<DeliveryEntity[]> {
    const q = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .where('d.tenant_id = :tenantId', { tenantId });
    if (query.dossierCode) q.andWhere('d.dossier_code = :code', { code: query.dossierCode });
    if (query.status) q.andWhere('d.status = :status', { status: query.status });
    if (query.after)
      q.andWhere('(d.created_at, d.id) < (:afterAt, :afterId)', {
        afterAt: query.after.at,
        afterId: query.after.id,
      });
    return q
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(query.first + 1)
      .getMany();
  }

  attemptsOf(deliveryIds: string[]): Promise<DeliveryAttemptEntity[]> {
    if (!deliveryIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(DeliveryAttemptEntity)
      .find({ where: { deliveryId: In(deliveryIds) }, order: { attempt: 'ASC' } });
  }

  findOne(tenantId: string, id: string): Promise<DeliveryEntity | null> {
    return this.dataSource.getRepository(DeliveryEntity).findOneBy({ tenantId, id });
  }

  /**
   * Makes dead (FAILED) deliveries of the tenant PENDING again, due now, with a fresh retry
   * budget (attempts count on); wakes the worker. Returns the ids re-queued.
   */
  replayDead(
    tenantId: string,
    filter: { id?: string; channel?: DeliveryChannel; since?: Date },
    by: string,
    now: Date,
  ): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const q = manager
        .createQueryBuilder()
        .update(DeliveryEntity)
        .set({
          status: 'PENDING',
          attemptsBase: () => 'attempts',
          nextAttemptAt: now,
          replayedBy: by,
          replayedAt: now,
        })
        .where('tenant_id = :tenantId', { tenantId })
        .andWhere("status = 'FAILED'");
      if (filter.id) q.andWhere('id = :id', { id: filter.id });
      if (filter.channel) q.andWhere('channel = :channel', { channel: filter.channel });
      if (filter.since) q.andWhere('created_at >= :since', { since: filter.since });
      const result = await q.returning(['id']).execute();
      const ids = (result.raw as { id: string }[]).map((r) => r.id);
      if (ids.length) await manager.query('SELECT pg_notify($1, $2)', [DELIVERY_WAKE_CHANNEL, '']);
      return ids;
    });
  }
}
