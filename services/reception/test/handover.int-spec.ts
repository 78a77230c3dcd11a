import { DataSource } from 'typeorm';
import {
  ErrorCode,
  type Actor,
  type CloudEvent,
  type Dossier,
  type DossierCommandInput,
  type EventType,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { cloudEvent, publishEvent, waitFor, type RpcTestClient } from '@motcua/testing';
import { jetstream } from '@nats-io/jetstream';
import { Naming } from '@motcua/platform';
import {
  citizenActor,
  receiverActor,
  submitDossierRequest,
  supervisorActor,
} from './factories/submit-dossier.factory';
import {
  HANDLER_AGENCY,
  dossierEventConsumer,
  handlerActor,
  publishTestEvent,
} from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Monday 12 Jan 2026, 10:00 in Vietnam. */
const MONDAY = new Date('2026-01-12T03:00:00.000Z');
const HOUR = 3_600_000;
/** Cấp Phiếu lý lịch tư pháp: NATION scope in the demo catalog. */
const JUDICIAL_RECORD = '2.000488';
/** Đăng ký thành lập doanh nghiệp tư nhân: PROVINCE scope. */
const SOLE_PROPRIETORSHIP = '2.001610';
/** Phường Hoàn Kiếm, Hanoi. */
const HANOI_UNIT = '00070';
const PHONE = '0987654321';

const hcmcReceiver = receiverActor({
  subject: 'demo.hcmc.receiver',
  tenant: 'hcmc',
  branchIds: ['hcm-trung-tam'],
});

describe('cross-province hand-over', () => {
  let stack: ReceptionStack;
  let client: RpcTestClient;
  const clock = new FixedClock(MONDAY);

  const get = (tenant: string, code: string) =>
    client.rpc.request(
      'reception.dossier.get.v1',
      { code },
      { tenant, actor: supervisorActor(tenant) },
    );
  const transition = (tenant: string, code: string, command: DossierCommandInput, actor: Actor) =>
    client.rpc.request('reception.dossier.transition.v1', { code, command }, { tenant, actor });
  const track = (tenant: string, code: string, phone = PHONE) =>
    client.rpc.request('reception.dossier.track.v1', { code, phone }, { tenant });

  /** Receives a judicial-record dossier at the HCMC center for a Hanoi ward. */
  const receivedInHcmc = (overrides: Parameters<typeof submitDossierRequest>[0] = {}) =>
    client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({
        procedureCode: JUDICIAL_RECORD,
        branchId: 'hcm-trung-tam',
        jurisdictionUnitCode: HANOI_UNIT,
        applicant: { fullName: 'Lê Văn Bình', personalId: '001085012345', phone: PHONE },
        ...overrides,
      }),
      { tenant: 'hcmc', actor: hcmcReceiver },
    );

  /** The Hanoi row of a handed-over dossier, once the hand-over arrived. */
  const inHanoi = (code: string, until: (d: Dossier) => boolean = () => true) =>
    waitFor(
      async () => {
        const d = await get('hanoi', code).catch(() => undefined);
        return d && until(d) ? d : undefined;
      },
      { what: `${code} in hanoi` },
    );
  const inHcmc = (code: string, until: (d: Dossier) => boolean) =>
    waitFor(
      async () => {
        const d = await get('hcmc', code);
        return until(d) ? d : undefined;
      },
      { what: `${code} in hcmc` },
    );

  /** Every event of a type and tenant about a dossier, read back from JetStream. */
  async function eventsOf<T extends EventType>(type: T, tenant: string, code: string) {
    const consumer = await dossierEventConsumer(stack, type, tenant);
    const found: CloudEvent<T>[] = [];
    for (;;) {
      const msg = await consumer.next({ expires: 1000 });
      if (!msg) return found;
      const event = msg.json<CloudEvent<T>>();
      if (event.subject === code) found.push(event);
    }
  }

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_handover', clock });
    ({ client } = stack);
  });

  afterAll(() => stack?.close());

  beforeEach(() => clock.set(MONDAY));

  it('hands a NATION-scope dossier received in HCMC for a Hanoi ward over to Hanoi, by one event', async () => {
    const hcmc = await receivedInHcmc();
    // Code, receipt slip and due date from the receiving branch, as always.
    expect(hcmc.code).toMatch(/^000\.00\.30\.H29-260112-\d{4}$/);
    expect(hcmc).toMatchObject({
      tenant: 'hcmc',
      decidingTenant: 'hanoi',
      receivedInTenant: null,
      status: 'RECEIVED',
      jurisdictionUnitCode: HANOI_UNIT,
      competentAgency: null,
    });

    const hanoi = await inHanoi(hcmc.code);
    expect(hanoi).toMatchObject({
      code: hcmc.code,
      tenant: 'hanoi',
      decidingTenant: null,
      receivedInTenant: 'hcmc',
      status: 'RECEIVED',
      nationalStatusCode: 2,
      procedureCode: JUDICIAL_RECORD,
      receivedAt: hcmc.receivedAt,
      dueAt: hcmc.dueAt,
      receivingBranch: hcmc.receivingBranch,
      returnBranch: hcmc.returnBranch,
      jurisdictionUnitCode: HANOI_UNIT,
      applicant: { fullName: 'Lê Văn Bình', personalIdMasked: hcmc.applicant.personalIdMasked },
      components: hcmc.components,
    });
    expect(hanoi.id).not.toBe(hcmc.id);
    expect(hanoi.history).toEqual([
      expect.objectContaining({
        from: null,
        status: 'RECEIVED',
        actor: 'system:handover',
        reason: expect.stringContaining('handed over by hcmc') as unknown,
      }),
    ]);

    // One explicit event under the deciding tenant, then Hanoi's own receipt for its routing.
    const [handedOver, ...more] = await eventsOf('dossier.handed-over.v1', 'hanoi', hcmc.code);
    expect(more).toEqual([]);
    expect(handedOver.data).toMatchObject({
      dossierId: hcmc.id,
      receivingTenant: 'hcmc',
      applicant: { personalId: '001085012345' },
    });
    const received = await eventsOf('dossier.received.v1', 'hanoi', hcmc.code);
    expect(received.map((e) => e.data.dossierId)).toEqual([hanoi.id]);
    expect(await eventsOf('dossier.received.v1', 'hcmc', hcmc.code)).toEqual([]);

    // HCMC sees that Hanoi took it over.
    const seen = await inHcmc(hcmc.code, (d) => d.history.length === 2);
    expect(seen.history[1]).toMatchObject({
      actor: 'system:handover',
      status: 'RECEIVED',
      reason: expect.stringContaining('taken over by hanoi') as unknown,
    });
  });

  it('keeps the HCMC row read-only, mirrors Hanoi, and returns the result at the HCMC branch for both', async () => {
    const { code } = await receivedInHcmc();
    const hanoi = await inHanoi(code);
    clock.set(new Date(MONDAY.getTime() + HOUR));
    await publishTestEvent(
      stack,
      'dossier.routed.v1',
      'hanoi',
      {
        dossierId: hanoi.id,
        code,
        agencyCode: HANDLER_AGENCY,
        agencyName: 'Sở Tư pháp thành phố Hà Nội',
        ruleId: 'hanoi-010-judicial-record',
        routedAt: clock.now().toISOString(),
      },
      clock.now(),
    );
    await inHanoi(code, (d) => d.status === 'PROCESSING');
    const processing = await inHcmc(code, (d) => d.status === 'PROCESSING');
    expect(processing.competentAgency).toEqual({
      code: HANDLER_AGENCY,
      name: 'Sở Tư pháp thành phố Hà Nội',
    });

    // Read-only in HCMC: the step names the tenant where it is done.
    await expect(
      transition(
        'hcmc',
        code,
        { type: 'REQUEST_SUPPLEMENT', missingComponents: ['Tờ khai'] },
        hcmcReceiver,
      ),
    ).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
      message: expect.stringContaining('handed over to hanoi') as unknown,
    });
    await expect(
      transition('hcmc', code, { type: 'RETURN_RESULT', method: 'BRANCH' }, hcmcReceiver),
    ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });

    clock.set(new Date(MONDAY.getTime() + 2 * HOUR));
    await transition('hanoi', code, { type: 'MARK_RESULT_READY' }, handlerActor());
    const ready = await inHcmc(code, (d) => d.status === 'RESULT_READY');
    expect(ready).toMatchObject({ nationalStatusCode: 9, timeliness: 'EARLY' });
    expect(ready.history.at(-1)).toMatchObject({
      from: 'PROCESSING',
      status: 'RESULT_READY',
      actor: 'system:handover',
    });

    clock.set(new Date(MONDAY.getTime() + 3 * HOUR));
    const returned = await transition(
      'hcmc',
      code,
      { type: 'RETURN_RESULT', method: 'BRANCH', note: 'Trả tại quầy 3' },
      hcmcReceiver,
    );
    expect(returned).toMatchObject({ status: 'RETURNED', nationalStatusCode: 10 });
    const hanoiReturned = await inHanoi(code, (d) => d.status === 'RETURNED');
    expect(hanoiReturned.history.at(-1)).toMatchObject({
      from: 'RESULT_READY',
      status: 'RETURNED',
      actor: 'system:handover',
      reason: 'Trả tại quầy 3',
    });

    // Both tenants agree, and the applicant tracks it with the same code under either.
    for (const tenant of ['hanoi', 'hcmc']) {
      await expect(track(tenant, code)).resolves.toMatchObject({
        code,
        status: 'RETURNED',
        nationalStatusCode: 10,
        resultReturn: { method: 'BRANCH', branch: { id: 'hcm-trung-tam' } },
      });
      await expect(track(tenant, code, '0900000000')).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    }

    // The applicant rates with the deciding tenant; HCMC mirrors the rating.
    await client.rpc.request(
      'reception.dossier.rate.v1',
      { code, phone: PHONE, rating: 5 },
      { tenant: 'hanoi' },
    );
    const rated = await inHcmc(code, (d) => d.rating === 5);
    // Hanoi's echo of the return made in HCMC is not mirrored twice.
    expect(rated.history.filter((h) => h.status === 'RETURNED' && h.from !== 'RETURNED')).toEqual([
      expect.objectContaining({ actor: 'demo.hcmc.receiver' }),
    ]);
    await expect(
      client.rpc.request(
        'reception.dossier.rate.v1',
        { code, phone: PHONE, rating: 4 },
        { tenant: 'hcmc' },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('applies a hand-over delivered again (a re-published copy) once', async () => {
    const { code } = await receivedInHcmc();
    await inHanoi(code);
    const [original] = await eventsOf('dossier.handed-over.v1', 'hanoi', code);
    const copy = cloudEvent('dossier.handed-over.v1', original.data, 'hanoi');
    await publishEvent(jetstream(client.nc), new Naming(stack.prefix), copy);

    const dataSource = stack.reception.get(DataSource);
    await waitFor(
      async () => {
        const rows = await dataSource.query<unknown[]>(
          `SELECT 1 FROM reception.processed_event WHERE consumer = $1 AND event_id = $2`,
          ['reception-dossier-handed-over', copy.id],
        );
        return rows.length ? true : undefined;
      },
      { what: 'the copy to be processed' },
    );
    const rows = await dataSource.query<{ tenant_id: string }[]>(
      `SELECT tenant_id FROM reception.dossier WHERE code = $1 ORDER BY tenant_id`,
      [code],
    );
    expect(rows.map((r) => r.tenant_id)).toEqual(['hanoi', 'hcmc']);
    expect(await eventsOf('dossier.received.v1', 'hanoi', code)).toHaveLength(1);
  });

  it('never lets a deciding-side event delivered late undo a newer mirrored status', async () => {
    const { code } = await receivedInHcmc();
    const hanoi = await inHanoi(code);
    const routedAt = new Date(MONDAY.getTime() + HOUR);
    const readyAt = new Date(MONDAY.getTime() + 2 * HOUR);
    // The result-ready step arrives before the routing that preceded it.
    await publishTestEvent(
      stack,
      'dossier.transitioned.v1',
      'hanoi',
      {
        dossierId: hanoi.id,
        code,
        from: 'PROCESSING',
        to: 'RESULT_READY',
        nationalStatusCode: 9,
        command: 'MARK_RESULT_READY',
        actor: 'demo.hanoi.handler',
        reason: null,
        at: readyAt.toISOString(),
        dueAt: hanoi.dueAt,
        details: {},
      },
      readyAt,
    );
    await inHcmc(code, (d) => d.status === 'RESULT_READY');
    await publishTestEvent(
      stack,
      'dossier.routed.v1',
      'hanoi',
      {
        dossierId: hanoi.id,
        code,
        agencyCode: HANDLER_AGENCY,
        agencyName: 'Sở Tư pháp thành phố Hà Nội',
        ruleId: 'hanoi-010-judicial-record',
        routedAt: routedAt.toISOString(),
      },
      routedAt,
    );
    const mirrored = await inHcmc(code, (d) => d.competentAgency !== null);
    expect(mirrored.status).toBe('RESULT_READY');
    expect(mirrored.history.map((h) => [h.at, h.status])).toEqual([
      [MONDAY.toISOString(), 'RECEIVED'],
      [MONDAY.toISOString(), 'RECEIVED'],
      [routedAt.toISOString(), 'PROCESSING'],
      [readyAt.toISOString(), 'RESULT_READY'],
    ]);
  });

  it('hands an online dossier over only once a receiver accepts it', async () => {
    const registered = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({
        procedureCode: JUDICIAL_RECORD,
        branchId: 'hcm-trung-tam',
        channel: 'ONLINE',
        jurisdictionUnitCode: HANOI_UNIT,
      }),
      { tenant: 'hcmc', actor: citizenActor() },
    );
    expect(registered).toMatchObject({ status: 'REGISTERED', decidingTenant: 'hanoi' });
    expect(await eventsOf('dossier.handed-over.v1', 'hanoi', registered.code)).toEqual([]);
    // Not handed over yet: the receiving tenant still checks it.
    const accepted = await transition('hcmc', registered.code, { type: 'ACCEPT' }, hcmcReceiver);
    expect(accepted.status).toBe('RECEIVED');
    await expect(inHanoi(registered.code)).resolves.toMatchObject({
      status: 'RECEIVED',
      channel: 'ONLINE',
      receivedInTenant: 'hcmc',
      dueAt: accepted.dueAt,
    });
  });

  it('refuses another tenant’s unit for a procedure that is not NATION scope, and units no tenant has', async () => {
    await expect(receivedInHcmc({ procedureCode: SOLE_PROPRIETORSHIP })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      message: `unit ${HANOI_UNIT} is not an administrative unit of hcmc`,
    });
    await expect(receivedInHcmc({ jurisdictionUnitCode: '99999' })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      message: expect.stringContaining('nor of any tenant served') as unknown,
    });
  });
});
