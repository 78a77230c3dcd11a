import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock, NotifiedLoop } from '@motcua/platform';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { afterFailedAttempt, type RetryPolicy } from '../deliveries/retry-policy';
import { leaseUntil, waitForNextDueMs } from '../deliveries/send-schedule';
import { sendToPortal } from './portal-client';
import { PortalEndpoints } from './portal-endpoints';
import { toPortalDossier } from './portal-payload';
import type { PortalSyncEntity } from './portal-sync.entity';
import { PORTAL_SYNC_WAKE_CHANNEL, PortalSyncRepository } from './portal-sync.repository';

const BATCH = 20;

/**
 * Sends due sync records to the national portal outside any consumer transaction: INSERT until
 * the portal acknowledged one, then UPDATEs with the latest snapshot; retries with the delivery
 * backoff until the attempts run out (FAILED). One send per dossier at a time keeps the order.
 */
@Injectable()
export class PortalSyncWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PortalSyncWorker.name);
  private readonly policy: RetryPolicy;
  private readonly loop: NotifiedLoop;

  constructor(
    private readonly records: PortalSyncRepository,
    private readonly endpoints: PortalEndpoints,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.policy = {
      baseMs: config.PORTAL_SYNC_RETRY_BASE_MS,
      maxAttempts: config.PORTAL_SYNC_MAX_ATTEMPTS,
    };
    this.loop = new NotifiedLoop({
      name: 'notification-portal-sync',
      databaseUrl: config.DATABASE_URL,
      channel: PORTAL_SYNC_WAKE_CHANNEL,
      round: async () => ({ more: (await this.sendDue()) === BATCH }),
      idleWaitMs: () => this.idleWaitMs(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.endpoints.anyConfigured) {
      this.logger.warn('no national portal endpoint configured (PORTAL_SYNC_URL): sync disabled');
      return;
    }
    await this.loop.start();
  }

  private async idleWaitMs(): Promise<number> {
    const next = await this.records.nextDueAt().catch(() => null);
    return waitForNextDueMs(next, this.clock.now(), this.config.PORTAL_SYNC_POLL_MS);
  }

  /** One round: claim due records and send them; returns how many were claimed. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const lease = leaseUntil(now, this.config.PORTAL_SYNC_TIMEOUT_MS);
    const claimed = await this.records.claimDue(now, this.endpoints.tenants(), BATCH, lease);
    const results = await Promise.allSettled(claimed.map((r) => this.attempt(r)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return claimed.length;
  }

  private async attempt(r: PortalSyncEntity): Promise<void> {
    const who = `dossier ${r.dossierCode} (${r.tenantId}) v${r.version}`;
    const action = r.inserted ? 'UPDATE' : 'INSERT';
    try {
      const endpoint = this.endpoints.of(r.tenantId);
      if (!endpoint) throw new Error(`no portal endpoint for tenant ${r.tenantId}`);
      await sendToPortal(
        endpoint,
        { action, version: r.version, dossier: toPortalDossier(r.draft) },
        this.config.PORTAL_SYNC_TIMEOUT_MS,
      );
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const outcome = afterFailedAttempt(r.attempts, this.clock.now(), this.policy);
      if (outcome.status === 'FAILED') {
        await this.records.markFailed(r, error, this.clock.now());
        this.logger.error(`${who} ${action} FAILED after ${r.attempts} attempts: ${error}`);
      } else {
        await this.records.markRetry(r, error, outcome.nextAttemptAt, this.clock.now());
        this.logger.warn(`${who} ${action} attempt ${r.attempts} failed: ${error}`);
      }
      return;
    }
    await this.records.markSent(r, this.clock.now());
    this.logger.log(`${who} ${action} synced (attempt ${r.attempts})`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
