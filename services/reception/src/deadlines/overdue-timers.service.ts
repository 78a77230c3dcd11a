import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierStatus } from '@motcua/contracts';
import { Clock, OutboxWriter, asSystem } from '@motcua/platform';
import { RECEPTION_CONFIG, type ReceptionConfig } from '../config/reception.config';
import { DossierEntity } from '../dossiers/dossier.entity';

/** Statuses in which the processing clock runs: not paused, not finished. */
export const CLOCK_RUNNING: readonly DossierStatus[] = [
  DossierStatus.Received,
  DossierStatus.RoutingHeld,
  DossierStatus.Processing,
];

export type DueNoticeKind = 'overdue' | 'due-soon';

/** What a timer needs of a dossier. */
export type TimedDossier = Pick<
  DossierEntity,
  'id' | 'status' | 'dueAt' | 'overdueNotifiedAt' | 'dueSoonNotifiedAt'
> &
  /** Set on the receiving view of a handed-over dossier: the deciding tenant's clock counts. */
  Partial<Pick<DossierEntity, 'decidingTenant'>>;

export interface ArmedTimer {
  dossierId: string;
  kind: DueNoticeKind;
  /** The due date the notice is for: a timer of an older due date marks nothing. */
  dueAt: Date;
  /** When it fires. */
  at: Date;
}

interface Timer extends ArmedTimer {
  handle: NodeJS.Timeout;
}

interface CandidateRow {
  id: string;
  status: DossierStatus;
  due_at: Date;
  overdue_notified_at: Date | null;
  due_soon_notified_at: Date | null;
}

interface MarkedRow {
  id: string;
  tenant_id: string;
  code: string;
  due_at: Date;
}

const MINUTE = 60_000;

/**
 * Emits `dossier.overdue.v1` at each due instant and `dossier.due-soon.v1` a margin before it,
 * with in-memory timers for the dossiers falling due within a horizon (one indexed query on
 * (status, due_at), repeated every half horizon) plus those received or re-dated meanwhile.
 * A firing timer marks the dossier with a conditional update and appends the event in the same
 * transaction, so replicas racing and restarts still emit each notice once per due date.
 */
@Injectable()
export class OverdueTimersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OverdueTimersService.name);
  private readonly timers = new Map<string, Timer>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private reloader?: NodeJS.Timeout;
  private stopped = false;
  private readonly horizonMs: number;
  private readonly marginMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(RECEPTION_CONFIG)
    config: Pick<ReceptionConfig, 'DUE_SOON_MARGIN_MINUTES' | 'OVERDUE_HORIZON_MINUTES'>,
  ) {
    this.horizonMs = config.OVERDUE_HORIZON_MINUTES * MINUTE;
    this.marginMs = config.DUE_SOON_MARGIN_MINUTES * MINUTE;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    await this.track(this.reload()).catch((err: Error) =>
      this.logger.warn(`loading the overdue timers failed: ${err.message}`),
    );
    this.reloader = setInterval(() => {
      this.track(this.reload()).catch((err: Error) =>
        this.logger.warn(`reloading the overdue timers failed: ${err.message}`),
      );
    }, this.horizonMs / 2);
    this.reloader.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.reloader);
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  /**
   * Arms the timers of the dossiers whose notice falls within the horizon, with one query on
   * (status, due_at). Overdue dossiers not yet notified (downtime) are caught up at once.
   * System work, like the notices: one sweep serves every tenant.
   */
  reload(): Promise<number> {
    return asSystem(() => this.reloadAllTenants());
  }

  private async reloadAllTenants(): Promise<number> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.horizonMs + this.marginMs);
    const table = this.dataSource.getMetadata(DossierEntity).tablePath;
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT id, status, due_at, overdue_notified_at, due_soon_notified_at FROM ${table}
       WHERE status = ANY($1) AND due_at <= $2 AND deciding_tenant IS NULL
         AND (overdue_notified_at IS NULL OR (due_soon_notified_at IS NULL AND due_at > $3))`,
      [CLOCK_RUNNING, until, now],
    );
    for (const row of rows) {
      this.schedule({
        id: row.id,
        status: row.status,
        dueAt: row.due_at,
        overdueNotifiedAt: row.overdue_notified_at,
        dueSoonNotifiedAt: row.due_soon_notified_at,
      });
    }
    return rows.length;
  }

  /**
   * (Re-)arms a dossier's timers after a commit that stored it: those of its current due date
   * within the horizon, none once it is paused or finished.
   */
  schedule(dossier: TimedDossier): void {
    this.cancel(dossier.id);
    if (this.stopped || !CLOCK_RUNNING.includes(dossier.status) || dossier.decidingTenant) return;
    const now = this.clock.now().getTime();
    const horizonEnd = now + this.horizonMs;
    const due = dossier.dueAt.getTime();
    if (!dossier.overdueNotifiedAt && due <= horizonEnd) {
      this.arm({ dossierId: dossier.id, kind: 'overdue', dueAt: dossier.dueAt, at: dossier.dueAt });
    }
    // Already overdue: the overdue notice supersedes the warning.
    const warnAt = due - this.marginMs;
    if (!dossier.dueSoonNotifiedAt && due > now && warnAt <= horizonEnd) {
      this.arm({
        dossierId: dossier.id,
        kind: 'due-soon',
        dueAt: dossier.dueAt,
        at: new Date(Math.max(warnAt, now)),
      });
    }
  }

  /** The armed timers (for tests and diagnostics). */
  armed(dossierId?: string): ArmedTimer[] {
    return [...this.timers.values()]
      .filter((t) => dossierId === undefined || t.dossierId === dossierId)
      .map(({ dossierId: id, kind, dueAt, at }) => ({ dossierId: id, kind, dueAt, at }));
  }

  /** Fires every timer due at `now` (the clock's by default) and waits for them. */
  async fireDue(now: Date = this.clock.now()): Promise<void> {
    const due = [...this.timers.values()].filter((t) => t.at.getTime() <= now.getTime());
    await Promise.all(due.map((t) => this.fire(t)));
  }

  private arm(armed: ArmedTimer): void {
    const delay = Math.max(0, armed.at.getTime() - this.clock.now().getTime());
    const timer: Timer = { ...armed, handle: setTimeout(() => void this.fire(timer), delay) };
    // A pending notice never keeps the process alive; the next start reloads it.
    timer.handle.unref();
    this.timers.set(keyOf(armed.dossierId, armed.kind), timer);
  }

  private cancel(dossierId: string): void {
    for (const kind of ['overdue', 'due-soon'] as const) {
      const timer = this.timers.get(keyOf(dossierId, kind));
      if (timer) clearTimeout(timer.handle);
      this.timers.delete(keyOf(dossierId, kind));
    }
  }

  private async fire(timer: Timer): Promise<void> {
    const key = keyOf(timer.dossierId, timer.kind);
    if (this.timers.get(key) !== timer) return;
    this.timers.delete(key);
    clearTimeout(timer.handle);
    await this.track(this.notify(timer)).catch((err: Error) =>
      // Still unmarked in the database: the next reload arms it again.
      this.logger.warn(`${timer.kind} notice of ${timer.dossierId} failed: ${err.message}`),
    );
  }

  /**
   * Marks the dossier if this due date's notice was not given yet, and emits it; else nothing.
   * System work whichever request armed the timer (a timeout keeps its creator's context).
   */
  protected notify(timer: ArmedTimer): Promise<void> {
    return asSystem(() => this.notifyAnyTenant(timer));
  }

  private notifyAnyTenant(timer: ArmedTimer): Promise<void> {
    const now = this.clock.now();
    const column = timer.kind === 'overdue' ? 'overdue_notified_at' : 'due_soon_notified_at';
    const table = this.dataSource.getMetadata(DossierEntity).tablePath;
    return this.dataSource.transaction(async (manager) => {
      // Wrapped in a CTE so the driver returns the rows of UPDATE … RETURNING.
      const rows = await manager.query<MarkedRow[]>(
        `WITH marked AS (
           UPDATE ${table} SET ${column} = $1
           WHERE id = $2 AND ${column} IS NULL AND due_at = $3 AND status = ANY($4)
             AND deciding_tenant IS NULL
             ${timer.kind === 'due-soon' ? 'AND due_at > $1' : ''}
           RETURNING id, tenant_id, code, due_at)
         SELECT * FROM marked`,
        [now, timer.dossierId, timer.dueAt, CLOCK_RUNNING],
      );
      const marked = rows[0];
      if (!marked) return;
      const options = { tenant: marked.tenant_id, subject: marked.code };
      const base = { dossierId: marked.id, code: marked.code, dueAt: marked.due_at.toISOString() };
      if (timer.kind === 'overdue') {
        await this.outbox.append(
          manager,
          'dossier.overdue.v1',
          { ...base, detectedAt: now.toISOString() },
          options,
        );
      } else {
        await this.outbox.append(
          manager,
          'dossier.due-soon.v1',
          { ...base, marginMinutes: this.marginMs / MINUTE },
          options,
        );
      }
      this.logger.log(`${timer.kind} notice for ${marked.code} (due ${base.dueAt})`);
    });
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

const keyOf = (dossierId: string, kind: DueNoticeKind) => `${kind}:${dossierId}`;
