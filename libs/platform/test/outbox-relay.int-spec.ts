import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { Naming, OutboxEntity, OutboxWriter } from '@motcua/platform';
import {
  PrivateNatsServer,
  receivedEvent,
  createTestDatabase,
  testSubjectPrefix,
  waitFor,
  type TestDatabase,
} from '@motcua/testing';
import { EffectEntity, FixtureModule } from './fixtures/fixture.module';

describe('transactional outbox relay', () => {
  const prefix = testSubjectPrefix();
  const naming = new Naming(prefix);
  let nats: PrivateNatsServer;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let ds: DataSource;
  let outbox: OutboxWriter;
  let observer: NatsConnection;

  const streamMessages = async () =>
    (await (await jetstreamManager(observer)).streams.info(naming.stream('dossier'))).state
      .messages;
  const outboxRows = () => ds.getRepository(OutboxEntity).find();
  const append = () =>
    ds.transaction((m) =>
      outbox.append(m, 'dossier.received.v1', receivedEvent().data, { tenant: 'hanoi' }),
    );

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    db = await createTestDatabase('outbox');
    app = await NestFactory.createApplicationContext(
      FixtureModule.forRoot({
        DATABASE_URL: db.url,
        NATS_URL: nats.url,
        MOTCUA_SUBJECT_PREFIX: prefix,
        LOG_LEVEL: 'silent',
      }),
      { logger: false },
    );
    await app.init();
    ds = app.get(DataSource);
    outbox = app.get(OutboxWriter);
    observer = await connect({
      servers: nats.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
  });

  afterAll(async () => {
    await observer?.close();
    await app?.close();
    await db?.drop();
    await nats?.dispose();
  });

  it('refuses to append outside the transaction of a state change', async () => {
    await expect(
      outbox.append(ds.manager, 'dossier.received.v1', receivedEvent().data, { tenant: 'hanoi' }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('publishes committed events, keeps them while NATS is down, and publishes each once after it returns', async () => {
    for (let n = 1; n <= 30; n++) await append();
    await waitFor(
      async () => (await outboxRows()).length === 0 && (await streamMessages()) === 30,
      { what: '30 events published' },
    );

    // A rolled-back transaction leaves no event.
    await ds
      .transaction(async (m) => {
        await outbox.append(m, 'dossier.received.v1', receivedEvent().data, { tenant: 'hanoi' });
        throw new Error('roll back');
      })
      .catch(() => undefined);

    await nats.stop();
    for (let n = 31; n <= 50; n++) await append();
    // The relay tried, failed, and kept every row.
    await waitFor(
      async () => {
        const rows = await outboxRows();
        return rows.length === 20 && rows.some((r) => r.attempts > 0 && r.lastError);
      },
      { what: 'a failed publish attempt recorded', timeoutMs: 30_000 },
    );

    await nats.startAgain();
    await waitFor(async () => (await outboxRows()).length === 0, {
      what: 'the outbox to drain',
      timeoutMs: 30_000,
    });
    expect(await waitFor(async () => streamMessages())).toBe(50);

    // A row published twice (a relay crash between publish and delete) is dropped by the broker.
    const { data } = await observer.request(
      `$JS.API.STREAM.MSG.GET.${naming.stream('dossier')}`,
      JSON.stringify({ seq: 1 }),
    );
    const stored = JSON.parse(new TextDecoder().decode(data)) as { message: { data: string } };
    const first = JSON.parse(Buffer.from(stored.message.data, 'base64').toString('utf8')) as {
      id: string;
    };
    await ds.query(`INSERT INTO fixture.outbox (event_id, subject, envelope) VALUES ($1, $2, $3)`, [
      first.id,
      naming.event('hanoi', 'dossier.received.v1'),
      JSON.stringify(first),
    ]);
    await waitFor(async () => (await outboxRows()).length === 0, {
      what: 'the duplicate to be relayed',
    });
    expect(await streamMessages()).toBe(50);

    // Downstream, the consumer applied each of the 50 exactly once.
    await waitFor(async () => (await ds.getRepository(EffectEntity).count()) === 50, {
      what: '50 effects',
      timeoutMs: 30_000,
    });
  });
});
