import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, CloudEvent, Dossier, DossierCommandInput } from '@motcua/contracts';
import { FixedClock, OutboxWriter, pendingSchemaChanges } from '@motcua/platform';
import { waitFor, type RpcTestClient } from '@motcua/testing';
import { RECEPTION_CONFIG } from '../src/config/reception.config';
import { OverdueTimersService } from '../src/deadlines/overdue-timers.service';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import {
  dossierEventConsumer,
  handlerActor,
  routeDossier,
  transitionDossier,
} from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Vietnam 10:00 on a day of January 2026 (no holidays that month after the 1st). */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const FRIDAY_9 = at10(9);
const MINUTE = 60_000;
const before = (instant: Date, minutes: number) => new Date(instant.getTime() - minutes * MINUTE);

type Notice = 'dossier.overdue.v1' | 'dossier.due-soon.v1';

describe(OverdueTimersService.name, () => {
  let stack: ReceptionStack;
  let reception: INestApplication;
  let client: RpcTestClient;
  let timers: OverdueTimersService;
  const replicas: OverdueTimersService[] = [];
  const clock = new FixedClock(FRIDAY_9);

  /** Another replica's timers: same database and outbox, its own in-memory timers. */
  async function replica(): Promise<OverdueTimersService> {
    const other = new OverdueTimersService(
      reception.get(DataSource),
      reception.get(OutboxWriter),
      clock,
      reception.get(RECEPTION_CONFIG),
    );
    replicas.push(other);
    await other.reload();
    return other;
  }

  const transition = (code: string, command: DossierCommandInput, actor?: Actor) =>
    transitionDossier(client, code, command, actor);

  /** Receives a dossier on Friday 9 Jan (due Wednesday 14 Jan 10:00) and, if asked, routes it. */
  async function received(routed = false): Promise<Dossier> {
    clock.set(FRIDAY_9);
    const dossier = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest(),
      { tenant: 'hanoi', actor: receiverActor() },
    );
    if (!routed) return dossier;
    return routeDossier(stack, dossier, FRIDAY_9);
  }

  /** Every notice of a dossier in JetStream, once the outbox has been relayed. */
  async function notices<T extends Notice>(type: T, dossierId: string) {
    const ds = reception.get(DataSource);
    await waitFor(
      async () => {
        const [{ n }] = await ds.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM reception.outbox',
        );
        return n === 0;
      },
      { what: 'the outbox to be relayed' },
    );
    const consumer = await dossierEventConsumer(stack, type);
    const seen: CloudEvent<T>[] = [];
    for (;;) {
      const msg = await consumer.next({ expires: 1000 });
      if (!msg) break;
      const event = msg.json<CloudEvent<T>>();
      if (event.data.dossierId === dossierId) seen.push(event);
      if (msg.info.pending === 0) break;
    }
    return seen;
  }

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_overdue', clock });
    ({ reception, client } = stack);
    timers = reception.get(OverdueTimersService);
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.beforeApplicationShutdown()));
    await stack?.close();
  });

  it('has no schema drift when the due-notice migration ran', async () => {
    expect(await pendingSchemaChanges(reception.get(DataSource))).toEqual([]);
  });

  it('emits exactly one dossier.overdue.v1 when fired twice and when two replicas race', async () => {
    const dossier = await received();
    const due = new Date(dossier.dueAt);
    expect(due).toEqual(at10(14));

    clock.set(before(due, 30));
    await timers.reload();
    const other = await replica();
    expect(other.armed(dossier.id)).toContainEqual(
      expect.objectContaining({ kind: 'overdue', at: due, dueAt: due }),
    );

    clock.set(due);
    await Promise.all([timers.fireDue(), other.fireDue()]);
    await timers.fireDue();
    // A restarted replica finds nothing left to notify.
    await (await replica()).fireDue();
    expect((await replica()).armed(dossier.id)).toEqual([]);

    const overdue = await notices('dossier.overdue.v1', dossier.id);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      type: 'vn.motcua.dossier.overdue.v1',
      subject: dossier.code,
      data: {
        dossierId: dossier.id,
        code: dossier.code,
        dueAt: due.toISOString(),
        detectedAt: due.toISOString(),
      },
    });
  });

  it('emits nothing for paused or finished dossiers, even when a timer was armed before the pause', async () => {
    const paused = await received(true);
    const withdrawn = await received();
    const pausedLater = await received();
    await transition(paused.code, { type: 'REQUEST_SUPPLEMENT', missingComponents: ['Tờ khai'] });
    await transition(withdrawn.code, { type: 'WITHDRAW', reason: 'Công dân xin rút hồ sơ' });

    const due = at10(14);
    clock.set(before(due, 30));
    await timers.reload();
    const other = await replica();
    expect(other.armed(paused.id)).toEqual([]);
    expect(other.armed(withdrawn.id)).toEqual([]);
    expect(other.armed(pausedLater.id).map((t) => t.kind)).toContain('overdue');

    // Paused after `other` armed its timers: its stale timer must not notify.
    await transition(pausedLater.code, {
      type: 'REQUEST_SUPPLEMENT',
      missingComponents: ['Tờ khai'],
    });
    expect(timers.armed(pausedLater.id)).toEqual([]);
    clock.set(due);
    await other.fireDue();
    await timers.fireDue();

    for (const dossier of [paused, withdrawn, pausedLater]) {
      expect(await notices('dossier.overdue.v1', dossier.id)).toEqual([]);
    }
  });

  it('emits dossier.due-soon.v1 at the due date minus the margin, not a millisecond earlier', async () => {
    const dossier = await received();
    const due = new Date(dossier.dueAt);
    const warnAt = before(due, 240);

    clock.set(before(warnAt, 60));
    await timers.reload();
    expect(timers.armed(dossier.id)).toEqual(
      expect.arrayContaining([
        { dossierId: dossier.id, kind: 'due-soon', dueAt: due, at: warnAt },
        { dossierId: dossier.id, kind: 'overdue', dueAt: due, at: due },
      ]),
    );

    clock.set(new Date(warnAt.getTime() - 1));
    await timers.fireDue();
    expect(timers.armed(dossier.id)).toHaveLength(2);

    clock.set(warnAt);
    await timers.fireDue();
    expect(timers.armed(dossier.id).map((t) => t.kind)).toEqual(['overdue']);

    const dueSoon = await notices('dossier.due-soon.v1', dossier.id);
    expect(dueSoon).toHaveLength(1);
    expect(dueSoon[0].data).toEqual({
      dossierId: dossier.id,
      code: dossier.code,
      dueAt: due.toISOString(),
      marginMinutes: 240,
    });
    expect(await notices('dossier.overdue.v1', dossier.id)).toEqual([]);
  });

  it('arms only the notices falling within the horizon when it loads', async () => {
    const dossier = await received();
    const due = new Date(dossier.dueAt);
    // Received five days ahead of its due date: nothing to arm yet.
    expect(timers.armed(dossier.id)).toEqual([]);

    const fresh = async () => (await replica()).armed(dossier.id).map((t) => [t.kind, t.at]);
    clock.set(before(due, 11 * 60)); // warning in 7 h, due in 11 h: both beyond 6 h
    expect(await fresh()).toEqual([]);
    clock.set(before(due, 8 * 60)); // warning in 4 h
    expect(await fresh()).toEqual([['due-soon', before(due, 240)]]);
    clock.set(before(due, 5 * 60)); // due in 5 h
    expect(await fresh()).toEqual(
      expect.arrayContaining([
        ['due-soon', before(due, 240)],
        ['overdue', due],
      ]),
    );
  });

  it('re-arms the overdue notice when an apology sets a new due date', async () => {
    const dossier = await received(true);
    const due = at10(14);
    clock.set(before(due, 30));
    await timers.reload();
    clock.set(due);
    await timers.fireDue();

    clock.set(at10(15));
    await transition(
      dossier.code,
      { type: 'APOLOGIZE', newDueAt: at10(19).toISOString(), reason: 'Cần xác minh thêm' },
      handlerActor(),
    );
    clock.set(before(at10(19), 30));
    await timers.reload();
    clock.set(at10(19));
    await timers.fireDue();

    const overdue = await notices('dossier.overdue.v1', dossier.id);
    expect(overdue.map((e) => e.data.dueAt)).toEqual([due.toISOString(), at10(19).toISOString()]);
  });
});
