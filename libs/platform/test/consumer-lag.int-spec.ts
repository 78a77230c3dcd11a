import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ConsumerLagCollector, createServiceRegistry } from '@motcua/platform';
import { PrivateNatsServer, parsePrometheusText, sampleValue, waitFor } from '@motcua/testing';

describe('consumer lag at scrape time', () => {
  let nats: PrivateNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  });

  afterAll(async () => {
    await nc?.close();
    await nats?.dispose();
  });

  it('is pending plus unacknowledged messages, and a scrape never waits on a NATS that is gone', async () => {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: 'LAG', subjects: ['lag.>'] });
    await jsm.consumers.add('LAG', { durable_name: 'lag-test', ack_policy: AckPolicy.Explicit });
    const js = jetstream(nc);
    for (let i = 0; i < 3; i++) await js.publish('lag.event', `event ${i}`);
    // One delivered but not acknowledged: still lag.
    const delivered = await (await js.consumers.get('LAG', 'lag-test')).next();
    expect(delivered).not.toBeNull();

    const registry = createServiceRegistry('test', { processMetrics: false });
    new ConsumerLagCollector(registry, nc).watch('test-lag', 'LAG', 'lag-test');
    const scrape = async () => {
      const started = Date.now();
      const samples = parsePrometheusText(await registry.metrics());
      return { samples, ms: Date.now() - started };
    };
    const lag = (samples: ReturnType<typeof parsePrometheusText>) =>
      sampleValue(samples, 'motcua_consumer_lag_messages', { consumer: 'test-lag' });

    expect(lag((await scrape()).samples)).toBe(3);

    await nats.stop();
    const failed = await waitFor(
      async () => {
        const { samples, ms } = await scrape();
        expect(ms).toBeLessThan(3000);
        const failures = samples.filter(
          (s) =>
            s.name === 'motcua_metrics_collect_failures_total' &&
            s.labels.collector === 'consumer_lag',
        );
        return failures.some((s) => s.value > 0) ? samples : undefined;
      },
      { what: 'a failed consumer lag read', timeoutMs: 20_000 },
    );
    // The last value read, not a gap.
    expect(lag(failed)).toBe(3);
  });
});
