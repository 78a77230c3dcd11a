import { Counter, type Registry } from 'prom-client';

const NAME = 'motcua_metrics_collect_failures_total';

/**
 * Counts scrape-time reads that failed or timed out (their gauges then show the last value):
 * one counter per registry, shared by every collector.
 */
export function collectFailures(registry: Registry): Counter<'collector' | 'reason'> {
  const existing = registry.getSingleMetric(NAME);
  if (existing) return existing as Counter<'collector' | 'reason'>;
  return new Counter({
    name: NAME,
    help: 'Scrape-time reads (consumer lag, outbox backlog, open dossiers) that failed or timed out',
    labelNames: ['collector', 'reason'] as const,
    registers: [registry],
  });
}
