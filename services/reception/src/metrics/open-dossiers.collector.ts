import { Injectable, Logger } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { DossierStatus } from '@motcua/contracts';
import { Clock, ScrapeCache, asSystem, collectFailures } from '@motcua/platform';
import { DossierEntity } from '../dossiers/dossier.entity';

const CACHE_MS = 5000;
const TIMEOUT_MS = 2000;

/** Open dossiers: the clock started and nothing finished them (the status index serves these). */
const OPEN: readonly DossierStatus[] = [
  DossierStatus.Received,
  DossierStatus.RoutingHeld,
  DossierStatus.Processing,
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingPayment,
];
const STATES = ['within_time', 'overdue', 'paused'] as const;
type OpenState = (typeof STATES)[number];

interface OpenCount {
  tenant: string;
  state: OpenState;
  dossiers: number;
}

/**
 * Open dossiers per tenant and state, counted at scrape by one query (cached a few seconds): paused
 * (a supplement or payment stopped the clock), overdue (past the due date before any apology, as
 * the timeliness of a report judges it) or within time. A hand-over's receiving row is a view of
 * the deciding tenant's dossier and is not counted twice.
 */
@Injectable()
export class OpenDossiersCollector {
  private readonly logger = new Logger(OpenDossiersCollector.name);

  constructor(registry: Registry, dataSource: DataSource, clock: Clock) {
    const failures = collectFailures(registry);
    const cache = new ScrapeCache(() => countOpenDossiers(dataSource, clock.now()), {
      ttlMs: CACHE_MS,
      timeoutMs: TIMEOUT_MS,
      onFailure: (reason, err) => {
        failures.inc({ collector: 'open_dossiers', reason });
        if (err) this.logger.warn(`open dossiers not counted: ${err.message}`);
      },
    });
    new Gauge({
      name: 'motcua_dossiers_open',
      help: 'Open dossiers by tenant and state (within_time, overdue, paused)',
      labelNames: ['tenant', 'state'] as const,
      registers: [registry],
      async collect() {
        const counts = await cache.get();
        if (!counts) return;
        this.reset();
        // Every state of a tenant that has open dossiers, zeros included, so panels show 0.
        for (const tenant of new Set(counts.map((c) => c.tenant))) {
          for (const state of STATES) this.set({ tenant, state }, 0);
        }
        for (const c of counts) this.set({ tenant: c.tenant, state: c.state }, c.dossiers);
      },
    });
  }
}

/** System work: the figures span every tenant on purpose (row-level security would hide them). */
function countOpenDossiers(dataSource: DataSource, now: Date): Promise<OpenCount[]> {
  const table = dataSource.getMetadata(DossierEntity).tablePath;
  return asSystem(() =>
    dataSource.query<OpenCount[]>(
      `SELECT tenant_id AS tenant,
              CASE WHEN status = $3 OR pauses @> '[{"to": null}]'::jsonb THEN 'paused'
                   WHEN COALESCE(original_due_at, due_at) < $1 THEN 'overdue'
                   ELSE 'within_time' END AS state,
              count(*)::int AS dossiers
         FROM ${table}
        WHERE status = ANY($2) AND finished_at IS NULL AND accepted_at IS NOT NULL
          AND deciding_tenant IS NULL
        GROUP BY 1, 2`,
      [now, OPEN, DossierStatus.SupplementRequested],
    ),
  );
}
