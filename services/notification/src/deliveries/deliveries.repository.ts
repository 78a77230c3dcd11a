import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ChannelKind } from '../channels/notification-channel';
import { DeliveryEntity } from './delivery.entity';

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
    channels: ChannelKind[],
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
  async nextDueAt(channels: ChannelKind[]): Promise<Date | null> {
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

  markSent(claimed: DeliveryEntity, sentAt: Date): Promise<boolean> {
    return this.settle(claimed, { status: 'SENT', sentAt, lastError: null });
  }

  markRetry(claimed: DeliveryEntity, error: string, nextAttemptAt: Date): Promise<boolean> {
    return this.settle(claimed, { lastError: error, nextAttemptAt });
  }

  markFailed(claimed: DeliveryEntity, error: string): Promise<boolean> {
    return this.settle(claimed, { status: 'FAILED', lastError: error });
  }

  /** Settles only the claim this worker holds (same attempt, still PENDING): a stale one is a no-op. */
  private async settle(
    claimed: DeliveryEntity,
    changes: Partial<DeliveryEntity>,
  ): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(DeliveryEntity)
      .set(changes)
      .where('id = :id', { id: claimed.id })
      .andWhere("status = 'PENDING'")
      .andWhere('attempts = :attempts', { attempts: claimed.attempts })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
