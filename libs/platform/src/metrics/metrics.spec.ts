import type { HttpAdapterHost } from '@nestjs/core';
import type { Registry } from 'prom-client';
import { parsePrometheusText, sampleValue } from '@motcua/testing';
import { EventMetrics } from './event-metrics';
import { HttpMetrics } from './http-metrics';
import { RpcMetrics } from './rpc-metrics';
import { createServiceRegistry } from './service-registry';

const noHttp = {} as HttpAdapterHost;

/** The value of one series: metric name and the labels it must carry. */
async function sample(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  return sampleValue(parsePrometheusText(await registry.metrics()), name, labels);
}

describe('service metrics', () => {
  it('keeps one registry per app, every series labelled with its service', async () => {
    const reception = createServiceRegistry('reception', { processMetrics: false });
    const routing = createServiceRegistry('routing', { processMetrics: false });
    new RpcMetrics(reception).start('reception.dossier.submit.v1')('ok');
    new RpcMetrics(routing);

    expect(
      await sample(reception, 'motcua_rpc_requests_total', {
        subject: 'reception.dossier.submit.v1',
        outcome: 'ok',
        service: 'reception',
      }),
    ).toBe(1);
    expect(await routing.metrics()).not.toContain('reception.dossier.submit.v1');
  });

  it('exposes the process metrics (memory, CPU, event loop lag) with the service label', async () => {
    const text = await createServiceRegistry('catalog').metrics();
    expect(text).toMatch(/^process_resident_memory_bytes\{service="catalog"\} \d+/m);
    expect(text).toMatch(/^process_cpu_seconds_total\{service="catalog"\} /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="catalog"\} /m);
  });

  it('times RPC requests in a histogram per subject and outcome', async () => {
    const registry = createServiceRegistry('reception', { processMetrics: false });
    const rpc = new RpcMetrics(registry);
    rpc.start('reception.dossier.get.v1')('NOT_FOUND');
    rpc.start('reception.dossier.get.v1')('NOT_FOUND');
    const labels = {
      subject: 'reception.dossier.get.v1',
      outcome: 'NOT_FOUND',
      service: 'reception',
    };
    expect(await sample(registry, 'motcua_rpc_request_duration_seconds_count', labels)).toBe(2);
    expect(
      await sample(registry, 'motcua_rpc_request_duration_seconds_bucket', { ...labels, le: '10' }),
    ).toBe(2);
    expect(
      await sample(registry, 'motcua_rpc_request_duration_seconds_bucket', {
        ...labels,
        le: '0.001',
      }),
    ).toBeDefined();
  });

  it('labels consumed events by their contract type, not the CloudEvents type', async () => {
    const registry = createServiceRegistry('routing', { processMetrics: false });
    const events = new EventMetrics(registry);
    events.start('routing-received')('vn.motcua.dossier.received.v1', 'ok');
    events.start('routing-received')('unknown', 'dead_letter');
    expect(
      await sample(registry, 'motcua_events_handled_total', {
        consumer: 'routing-received',
        type: 'dossier.received.v1',
        outcome: 'ok',
        service: 'routing',
      }),
    ).toBe(1);
    expect(
      await sample(registry, 'motcua_events_handled_total', {
        consumer: 'routing-received',
        type: 'unknown',
        outcome: 'dead_letter',
        service: 'routing',
      }),
    ).toBe(1);
  });

  it('labels HTTP requests by route pattern, grouping unmatched URLs', async () => {
    const registry = createServiceRegistry('gateway', { processMetrics: false });
    const http = new HttpMetrics(registry, noHttp);
    http.onModuleInit(); // no HTTP adapter: nothing to hook, no failure
    http.record('POST', '/graphql', 200, 0.02);
    http.record('GET', undefined, 404, 0.001);
    http.record('GET', undefined, 404, 0.001);
    expect(
      await sample(registry, 'motcua_http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
        service: 'gateway',
      }),
    ).toBe(1);
    expect(
      await sample(registry, 'motcua_http_requests_total', {
        method: 'GET',
        route: 'unmatched',
        status: '404',
        service: 'gateway',
      }),
    ).toBe(2);
  });
});
