import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpAdapterHost } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { Histogram } from 'prom-client';
import type { DataSource } from 'typeorm';
import {
  ConsumerLagCollector,
  EventMetrics,
  FixedClock,
  HttpMetrics,
  OutboxBacklogCollector,
  RpcMetrics,
  createServiceRegistry,
} from '@motcua/platform';
// The reception's business metrics are on the same dashboard (tests may import another service).
import { DossierMetrics } from '../../../reception/src/metrics/dossier-metrics';
import { OpenDossiersCollector } from '../../../reception/src/metrics/open-dossiers.collector';
import { GraphqlMetrics } from './graphql-metrics';

const DASHBOARD = join(__dirname, '../../../../deploy/grafana/motcua-dashboard.json');

/** Labels Prometheus adds to every scraped series. */
const TARGET_LABELS = ['instance', 'job'];

/** Every series name the services expose, with the labels it carries. */
function exposedSeries(): Map<string, Set<string>> {
  const registry = createServiceRegistry('all');
  const noHttp = {} as HttpAdapterHost;
  const unused = {} as DataSource;
  new RpcMetrics(registry);
  new EventMetrics(registry);
  new HttpMetrics(registry, noHttp);
  new ConsumerLagCollector(registry, {} as NatsConnection);
  new OutboxBacklogCollector(registry, unused);
  new DossierMetrics(registry);
  new OpenDossiersCollector(registry, unused, new FixedClock(new Date()));
  new GraphqlMetrics(registry, noHttp);
  const series = new Map<string, Set<string>>();
  for (const metric of registry.getMetricsAsArray()) {
    const labels = [...(metric as unknown as { labelNames: string[] }).labelNames, 'service'];
    if (metric instanceof Histogram) {
      series.set(`${metric.name}_bucket`, new Set([...labels, 'le']));
      series.set(`${metric.name}_sum`, new Set(labels));
      series.set(`${metric.name}_count`, new Set(labels));
    } else {
      series.set(metric.name, new Set(labels));
    }
  }
  return series;
}

interface Panel {
  title?: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}
interface Dashboard {
  panels: Panel[];
  templating: { list: { name: string; definition?: string }[] };
}

function queries(panels: Panel[]): { title: string; expr: string }[] {
  return panels.flatMap((p) => [
    ...(p.targets ?? []).map((t) => ({ title: p.title ?? '', expr: t.expr })),
    ...queries(p.panels ?? []),
  ]);
}

const SELECTOR = /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{([^}]*)\}/g;
const MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*"/g;
const GROUPING = /\b(?:by|without)\s*\(([^)]*)\)/g;
const OUR_PREFIXES = /\b(?:motcua|process|nodejs)_[a-zA-Z0-9_]+\b(?!\s*\{)/g;

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
  const series = exposedSeries();
  const all = queries(dashboard.panels);

  it('has the panels the operators need', () => {
    const titles = all.map((q) => q.title).join('\n');
    for (const needed of [
      /RPC request rate/,
      /RPC errors/,
      /RPC p50/,
      /RPC p99/,
      /Consumer lag/,
      /Outbox backlog/,
      /RSS/,
      /received/i,
      /On-time share/,
      /Overdue/,
      /GraphQL operation rate/,
    ]) {
      expect(titles).toMatch(needed);
    }
  });

  it.each(all.map((q) => [q.title, q.expr]))(
    '%s: queries only series and labels the code exposes',
    (_title, expr) => {
      const selectors = [...expr.matchAll(SELECTOR)];
      expect(selectors.length).toBeGreaterThan(0);
      // Every metric is written with a selector, so none escapes the checks below.
      expect(expr.match(OUR_PREFIXES) ?? []).toEqual([]);
      const usable = new Set(TARGET_LABELS);
      for (const [, name, matchers] of selectors) {
        const labels = series.get(name);
        expect({ name, exposed: labels !== undefined }).toEqual({ name, exposed: true });
        for (const [, label] of matchers.matchAll(MATCHER)) {
          expect({ name, label, exposed: labels!.has(label) }).toEqual({
            name,
            label,
            exposed: true,
          });
        }
        labels!.forEach((l) => usable.add(l));
      }
      for (const [, grouping] of expr.matchAll(GROUPING)) {
        for (const label of grouping.split(',').map((l) => l.trim())) {
          expect({ label, usable: usable.has(label) }).toEqual({ label, usable: true });
        }
      }
    },
  );

  it('builds its variables from exposed series and labels', () => {
    for (const variable of dashboard.templating.list) {
      if (!variable.definition) continue;
      const [, name, label] = /label_values\((\w+),\s*(\w+)\)/.exec(variable.definition) ?? [];
      expect(series.get(name)?.has(label)).toBe(true);
    }
  });
});
