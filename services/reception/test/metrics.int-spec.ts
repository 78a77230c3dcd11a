import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CloudEvent, Dossier } from '@motcua/contracts';
import { FixedClock, OutboxEntity } from '@motcua/platform';
import { parsePrometheusText, sampleValue, waitFor, type PrometheusSample } from '@motcua/testing';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import {
  dossierEventConsumer,
  handlerActor,
  routeDossier,
  transitionDossier,
} from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Vietnam 10:00 on a day of January 2026. */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const FRIDAY_9 = at10(9);
const THURSDAY_15 = at10(15);

describe('reception metrics', () => {
  let stack: ReceptionStack;
  const clock = new FixedClock(FRIDAY_9);
  /** Received Friday 9 (due Wednesday 14), overdue on Thursday 15. */
  let late: Dossier;

  const submit = (body = submitDossierRequest()) =>
    stack.client.rpc.request('reception.dossier.submit.v1', body, {
      tenant: 'hanoi',
      actor: receiverActor(),
    });

  async function scrape(): Promise<PrometheusSample[]> {
    const res = await request(stack.reception.getHttpServer() as Server).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(res.text);
  }

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_metrics', clock });
    await (stack.reception as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  });

  afterAll(() => stack?.close());

  it('counts a received dossier once, times its RPC, and sees open dossiers within time and overdue', async () => {
    const body = submitDossierRequest();
    late = await submit(body);
    await submit(body); // a retry with the same idempotency key: the same dossier, not counted
    await stack.client.rpc
      .request('reception.dossier.get.v1', { code: 'NO-SUCH-CODE' }, { tenant: 'hanoi' })
      .catch(() => undefined);
    clock.set(THURSDAY_15);
    await submit(); // due next Tuesday: within time

    await scrape(); // the next scrape shows this one's HTTP request
    const samples = await scrape();
    const value = (name: string, labels: Record<string, string>) =>
      sampleValue(samples, name, labels);

    expect(
      value('motcua_dossiers_received_total', {
        service: 'reception',
        tenant: 'hanoi',
        channel: 'counter',
      }),
    ).toBe(2);
    const submitted = { subject: 'reception.dossier.submit.v1', outcome: 'ok' };
    expect(value('motcua_rpc_requests_total', submitted)).toBe(3);
    expect(value('motcua_rpc_request_duration_seconds_count', submitted)).toBe(3);
    expect(value('motcua_rpc_request_duration_seconds_bucket', { ...submitted, le: '+Inf' })).toBe(
      3,
    );
    expect(value('motcua_rpc_request_duration_seconds_sum', submitted)).toBeGreaterThan(0);
    expect(
      value('motcua_rpc_requests_total', { subject: 'reception.dossier.get.v1' }),
    ).toBeDefined();
    expect(
      samples.some(
        (s) =>
          s.name === 'motcua_rpc_requests_total' &&
          s.labels.subject === 'reception.dossier.get.v1' &&
          s.labels.outcome !== 'ok',
      ),
    ).toBe(true);

    const open = (state: string) => value('motcua_dossiers_open', { tenant: 'hanoi', state });
    expect([open('within_time'), open('overdue'), open('paused')]).toEqual([1, 1, 0]);

    expect(
      value('motcua_http_requests_total', { method: 'GET', route: '/metrics', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value('process_resident_memory_bytes', { service: 'reception' })).toBeGreaterThan(0);
  });

  it('counts consumed events, and a finished dossier by its timeliness', async () => {
    await routeDossier(stack, late, THURSDAY_15);
    await transitionDossier(stack.client, late.code, { type: 'MARK_RESULT_READY' }, handlerActor());

    const samples = await scrape();
    // Every consumer of dossier.routed.v1 applied it once.
    for (const name of [
      'motcua_events_handled_total',
      'motcua_event_handling_duration_seconds_count',
    ]) {
      const routed = samples.filter(
        (s) => s.name === name && s.labels.type === 'dossier.routed.v1',
      );
      expect(routed.length).toBeGreaterThan(0);
      expect(routed.map((s) => [s.labels.outcome, s.value])).toEqual(routed.map(() => ['ok', 1]));
    }
    expect(
      sampleValue(samples, 'motcua_dossiers_finished_total', {
        tenant: 'hanoi',
        status: 'result_ready',
        timeliness: 'late',
      }),
    ).toBe(1);
  });

  it('reports the lag of every durable consumer, 0 once it caught up', async () => {
    const lags = await waitFor(
      async () => {
        const found = (await scrape()).filter((s) => s.name === 'motcua_consumer_lag_messages');
        return found.length > 0 && found.every((s) => s.value === 0) ? found : undefined;
      },
      { what: 'consumer lag 0' },
    );
    expect(lags.map((s) => s.labels.consumer)).toContain(
      // The consumer that applied dossier.routed.v1 above.
      (await scrape()).find(
        (s) => s.name === 'motcua_events_handled_total' && s.labels.type === 'dossier.routed.v1',
      )!.labels.consumer,
    );
  });

  it('reports an empty outbox once the relay published the events', async () => {
    const consumer = await dossierEventConsumer(stack, 'dossier.received.v1');
    await waitFor(
      async () => {
        const event = (await consumer.next({ expires: 1000 }))?.json<
          CloudEvent<'dossier.received.v1'>
        >();
        return event?.data.code === late.code;
      },
      { what: `dossier.received for ${late.code}` },
    );
    // Published, then deleted in the relay's transaction: the gauge follows within its cache.
    await waitFor(
      async () => {
        const samples = await scrape();
        return (
          sampleValue(samples, 'motcua_outbox_backlog_events', { service: 'reception' }) === 0 &&
          sampleValue(samples, 'motcua_outbox_oldest_event_age_seconds', {
            service: 'reception',
          }) === 0
        );
      },
      { what: 'an empty outbox' },
    );
  });

  // Last: the stuck row blocks the relay (it publishes in order) for the rest of the file.
  it('reports a row the relay cannot publish: backlog 1, aged from its creation', async () => {
    const ds = stack.reception.get(DataSource);
    const table = ds.getMetadata(OutboxEntity).tablePath;
    // No stream captures this subject: JetStream refuses it and the row stays.
    await ds.query(
      `INSERT INTO ${table} (event_id, subject, envelope, created_at)
       VALUES (gen_random_uuid(), $1, '{}'::jsonb, now() - interval '1 hour')`,
      [`${stack.prefix}nowhere.metrics-test`],
    );
    const samples = await waitFor(
      async () => {
        const found = await scrape();
        return sampleValue(found, 'motcua_outbox_backlog_events', {}) === 1 ? found : undefined;
      },
      { what: 'an outbox backlog of 1' },
    );
    expect(
      sampleValue(samples, 'motcua_outbox_oldest_event_age_seconds', {}),
    ).toBeGreaterThanOrEqual(3600);
  });
});
