import { collectDefaultMetrics, Registry } from 'prom-client';

/** Histogram buckets for handler durations, in seconds: 1 ms to 10 s. */
export const DURATION_BUCKETS_SECONDS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/**
 * One registry per application instance (tests run several services in one process, so the
 * global default registry would mix them). Every series carries `service`; the default process
 * metrics (RSS, CPU, event loop lag, GC) are collected at scrape.
 */
export function createServiceRegistry(
  serviceName: string,
  { processMetrics = true }: { processMetrics?: boolean } = {},
): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: serviceName });
  if (processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/** Seconds elapsed since `start` (a `process.hrtime.bigint()` reading). */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
