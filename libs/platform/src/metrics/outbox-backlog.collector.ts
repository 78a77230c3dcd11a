import { Injectable, Logger } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { asSystem } from '../database/database-scope';
import { OutboxEntity } from '../database/platform-entities';
import { collectFailures } from './collect-failures';
import { ScrapeCache } from './scrape-cache';

const CACHE_MS = 2000;
const TIMEOUT_MS = 2000;

interface Backlog {
  events: number;
  oldestAgeSeconds: number;
}

/**
 * The service's outbox at scrape time: events not yet published to JetStream and the age of the
 * oldest (0 when empty). A growing backlog means the relay cannot reach NATS.
 */
@Injectable()
export class OutboxBacklogCollector {
  private readonly logger = new Logger(OutboxBacklogCollector.name);

  constructor(registry: Registry, dataSource: DataSource) {
    const failures = collectFailures(registry);
    const cache = new ScrapeCache(() => readBacklog(dataSource), {
      ttlMs: CACHE_MS,
      timeoutMs: TIMEOUT_MS,
      onFailure: (reason, err) => {
        failures.inc({ collector: 'outbox_backlog', reason });
        if (err) this.logger.warn(`outbox backlog not read: ${err.message}`);
      },
    });
    new Gauge({
      name: 'motcua_outbox_backlog_events',
      help: 'Outbox rows not yet published to JetStream',
      registers: [registry],
      async collect() {
        const backlog = await cache.get();
        if (backlog) this.set(backlog.events);
      },
    });
    new Gauge({
      name: 'motcua_outbox_oldest_event_age_seconds',
      help: 'Age of the oldest unpublished outbox row (0 when the outbox is empty)',
      registers: [registry],
      async collect() {
        const backlog = await cache.get();
        if (backlog) this.set(backlog.oldestAgeSeconds);
      },
    });
  }
}

/** System work: the outbox holds every tenant's events. Ages by the database clock (created_at). */
function readBacklog(dataSource: DataSource): Promise<Backlog> {
  const table = dataSource.getMetadata(OutboxEntity).tablePath;
  return asSystem(async () => {
    const [row] = await dataSource.query<{ events: number; age: number }[]>(
      `SELECT count(*)::int AS events,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
         FROM ${table}`,
    );
    return { events: row.events, oldestAgeSeconds: Math.max(0, row.age) };
  });
}
