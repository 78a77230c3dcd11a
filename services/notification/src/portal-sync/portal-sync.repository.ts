import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CloudEvent, PortalSyncState } from '@motcua/contracts';
import { applyPortalEvent, emptyDraft, type PortalSyncEventType } from './portal-draft';
import { PortalSyncEntity } from './portal-sync.entity';

/** NOTIFY channel the sync worker listens on (delivered when the consumer's transaction commits). */
export const PORTAL_SYNC_WAKE_CHANNEL = 'motcua_notification_portal_sync';

export interface PortalSyncReportRow {
  period: string;
  total: number;
  synced: number;
}

/** Sync records: updated by the event consumer, claimed and settled by the worker. */
@Injectable()
export class PortalSyncRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Applies one event to the dossier's draft in the consumer's transaction (the platform records
   * the event id there too, so a redelivery is applied once). `enabled`: the tenant has an
   * endpoint, so the change is queued; else the record stays NOT_SYNCED.
   */
  async apply(
    manager: EntityManager,
    type: PortalSyncEventType,
    event: CloudEvent,
    code: string,
    enabled: boolean,
    now: Date,
  ): Promise<void> {
    const repo = manager.getRepository(PortalSyncEntity);
    // Row lock: events of one dossier consumed concurrently apply one after the other.
    await manager
      .createQueryBuilder()
      .insert()
      .into(PortalSyncEntity)
      .values({
        tenantId: event.tenant,
        dossierCode: code,
        state: 'NOT_SYNCED',
        draft: emptyDraft(),
        version: 0,
        nextAttemptAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
    const row = await repo
      .createQueryBuilder('s')
      .where('s.tenant_id = :tenant AND s.dossier_code = :code', { tenant: event.tenant, code })
      .setLock('pessimistic_write')
      .getOneOrFail();
    const draft = applyPortalEvent(row.draft, type, event);
    const state: PortalSyncState = enabled ? 'PENDING' : 'NOT_SYNCED';
    const restart = row.state !== 'PENDING';
    await repo.update(
      { tenantId: row.tenantId, dossierCode: row.dossierCode },
      {
        draft,
        version: row.version + 1,
        state,
        // A new change after a settled send starts its own count.
        ...(restart ? { attempts: 0, nextAttemptAt: now } : {}),
        receivedAt: draft.base ? new Date(draft.base.receivedAt) : null,
        updatedAt: now,
      },
    );
    if (enabled) await manager.query('SELECT pg_notify($1, $2)', [PORTAL_SYNC_WAKE_CHANNEL, '']);
  }

  /**
   * Claims due PENDING records of these tenants whose dossier was received (SKIP LOCKED, with a
   * lease in `next_attempt_at`): one send per dossier at a time, so sends stay in order.
   */
  claimDue(
    now: Date,
    tenants: string[] | 'all',
    limit: number,
    leaseUntil: Date,
  ): Promise<PortalSyncEntity[]> {
    if (tenants !== 'all' && !tenants.length) return Promise.resolve([]);
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(PortalSyncEntity)
        .createQueryBuilder('s')
        .where("s.state = 'PENDING'")
        .andWhere('s.next_attempt_at <= :now', { now })
        .andWhere('s.received_at IS NOT NULL')
        .orderBy('s.next_attempt_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked');
      if (tenants !== 'all') query.andWhere('s.tenant_id IN (:...tenants)', { tenants });
      const due = await query.getMany();
      for (const s of due) {
        await manager.update(
          PortalSyncEntity,
          { tenantId: s.tenantId, dossierCode: s.dossierCode },
          { attempts: s.attempts + 1, nextAttemptAt: leaseUntil },
        );
        s.attempts += 1;
        s.nextAttemptAt = leaseUntil;
      }
      return due;
    });
  }

  async nextDueAt(): Promise<Date | null> {
    const row = await this.dataSource
      .getRepository(PortalSyncEntity)
      .createQueryBuilder('s')
      .select('min(s.next_attempt_at)', 'next')
      .where("s.state = 'PENDING' AND s.received_at IS NOT NULL")
      .getRawOne<{ next: Date | null }>();
    return row?.next ? new Date(row.next) : null;
  }

  /**
   * The portal has `claimed.version`: SYNCED unless events came in meanwhile (then PENDING again,
   * due now, as an UPDATE). Only the claim this worker holds is settled.
   */
  async markSent(claimed: PortalSyncEntity, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.portal_sync
          SET synced_version = $3, inserted = true, synced_at = $4, last_error = NULL,
              state = CASE WHEN version = $3 THEN 'SYNCED' ELSE 'PENDING' END,
              attempts = CASE WHEN version = $3 THEN attempts ELSE 0 END,
              next_attempt_at = $4, updated_at = $4
        WHERE tenant_id = $1 AND dossier_code = $2 AND state = 'PENDING' AND attempts = $5`,
      [claimed.tenantId, claimed.dossierCode, claimed.version, now, claimed.attempts],
    );
  }

  async markRetry(claimed: PortalSyncEntity, error: string, at: Date, now: Date): Promise<void> {
    await this.settle(claimed, { lastError: error, nextAttemptAt: at, updatedAt: now });
  }

  async markFailed(claimed: PortalSyncEntity, error: string, now: Date): Promise<void> {
    await this.settle(claimed, { state: 'FAILED', lastError: error, updatedAt: now });
  }

  private async settle(claimed: PortalSyncEntity, changes: Partial<PortalSyncEntity>) {
    await this.dataSource
      .createQueryBuilder()
      .update(PortalSyncEntity)
      .set(changes)
      .where('tenant_id = :tenant AND dossier_code = :code', {
        tenant: claimed.tenantId,
        code: claimed.dossierCode,
      })
      .andWhere("state = 'PENDING'")
      .andWhere('attempts = :attempts', { attempts: claimed.attempts })
      .execute();
  }

  find(tenant: string, code: string): Promise<PortalSyncEntity | null> {
    return this.dataSource
      .getRepository(PortalSyncEntity)
      .findOneBy({ tenantId: tenant, dossierCode: code });
  }

  /** Dossiers received in [from, to) per Vietnam day or month, and how many are SYNCED. */
  async report(
    tenant: string,
    from: Date,
    to: Date,
    period: 'DAY' | 'MONTH',
  ): Promise<PortalSyncReportRow[]> {
    const format = period === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM';
    const rows = await this.dataSource.query<{ period: string; total: string; synced: string }[]>(
      `SELECT to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', '${format}') AS period,
              count(*) AS total, count(*) FILTER (WHERE state = 'SYNCED') AS synced
         FROM notification.portal_sync
        WHERE tenant_id = $1 AND received_at >= $2 AND received_at < $3
        GROUP BY 1 ORDER BY 1`,
      [tenant, from, to],
    );
    return rows.map((r) => ({
      period: r.period,
      total: Number(r.total),
      synced: Number(r.synced),
    }));
  }
}
