import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { Naming, StreamProvisioner, type PlatformRuntimeOptions } from '@motcua/platform';
import {
  PrivateNatsServer,
  publishEvent,
  receivedEvent,
  compileFixture,
  createTestDatabase,
  testSubjectPrefix,
  waitFor,
  type TestDatabase,
} from '@motcua/testing';

const TOTAL = 200;

describe('durable consumer under crashes and a NATS restart', () => {
  let nats: PrivateNatsServer;
  let db: TestDatabase;
  let pg: Client;
  let nc: NatsConnection;
  let script: string;
  const prefix = testSubjectPrefix();
  const children: ChildProcess[] = [];

  const counts = async () => {
    const r = await pg.query<{ total: string; distinct: string }>(
      'SELECT count(*) AS total, count(DISTINCT event_id) AS distinct FROM fixture.effect',
    );
    return { total: Number(r.rows[0].total), distinct: Number(r.rows[0].distinct) };
  };

  const startConsumer = (extraEnv: Record<string, string> = {}) => {
    const child = fork(script, [], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NATS_URL: nats.url,
        MOTCUA_SUBJECT_PREFIX: prefix,
        LOG_LEVEL: 'silent',
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    children.push(child);
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    return { child, exited };
  };

  beforeAll(async () => {
    script = compileFixture(join(__dirname, 'fixtures', 'consumer-process.ts'));
    compileFixture(join(__dirname, 'fixtures', 'fixture.module.ts'));
    nats = await PrivateNatsServer.start();
    db = await createTestDatabase('consumer_crash');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    const options = { jetstreamReplicas: 1 } as PlatformRuntimeOptions;
    await new StreamProvisioner(nc, options, new Naming(prefix)).ensure();
    const js = jetstream(nc);
    const naming = new Naming(prefix);
    for (let n = 1; n <= TOTAL; n++) {
      await publishEvent(js, naming, receivedEvent());
    }
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await nc?.close();
    await pg?.end();
    await db?.drop();
    await nats?.dispose();
  });

  it('applies every event exactly once across a kill after commit, a kill inside the transaction and a NATS restart', async () => {
    // 1. Killed after the 50th commit but before its ack: the 50th is redelivered later and must be skipped.
    const first = startConsumer({ CRASH_AFTER_COMMIT_AT: '50' });
    expect(await first.exited).toBe('SIGKILL');
    expect(await counts()).toEqual({ total: 50, distinct: 50 });

    // 2. Killed inside the transaction of its 30th new event: that effect rolls back and is re-applied.
    const second = startConsumer({ CRASH_IN_TX_AT: '30' });
    expect(await second.exited).toBe('SIGKILL');
    expect(await counts()).toEqual({ total: 79, distinct: 79 });

    // 3. A healthy consumer; NATS goes down mid-stream and comes back with its store.
    const third = startConsumer();
    await waitFor(async () => (await counts()).total >= 120, {
      what: '120 effects',
      timeoutMs: 30_000,
    });
    await nats.stop();
    await nats.startAgain();
    await waitFor(async () => (await counts()).total >= TOTAL, {
      what: `${TOTAL} effects`,
      timeoutMs: 60_000,
    });
    expect(await counts()).toEqual({ total: TOTAL, distinct: TOTAL });
    const processed = await pg.query<{ n: string }>(
      'SELECT count(*) AS n FROM fixture.processed_event',
    );
    expect(Number(processed.rows[0].n)).toBe(TOTAL);

    // Nothing is pending or unacked on the durable consumer.
    const jsm = await jetstreamManager(nc);
    const naming = new Naming(prefix);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(
          naming.stream('dossier'),
          naming.durable('fixture-effects'),
        );
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'all events acked' },
    );

    // Graceful stop: Nest closes the app, then re-raises SIGTERM to exit.
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe('SIGTERM');
  });
});
