import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type PubAck,
} from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { toVietnamDate } from '@motcua/calendar';
import { parseCloudEvent, type CloudEvent, type EventType } from '@motcua/contracts';
import {
  Naming,
  StreamProvisioner,
  pendingSchemaChanges,
  type PlatformRuntimeOptions,
} from '@motcua/platform';
import {
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  waitFor,
  type TestDatabase,
  cloudEvent,
  publishEvent,
} from '@motcua/testing';
// TESTS ONLY: this spec runs the real catalog service in-process, so it imports the catalog's app
// module, config loader and seed by relative path. Production code in services/routing must never
// import services/catalog (services share only libs/*).
import { AppModule as CatalogAppModule } from '../../catalog/src/app.module';
import { loadCatalogConfig } from '../../catalog/src/config/catalog.config';
import { DEMO_PROCEDURES } from '../../catalog/src/seed';
import { AppModule } from '../src/app.module';
import { loadRoutingConfig } from '../src/config/routing.config';
import { RoutingDecisionEntity } from '../src/decisions/routing-decision.entity';
import { RoutingService } from '../src/decisions/routing.service';

interface DossierInput {
  tenant: string;
  procedureCode: string;
  receivingBranchId: string;
  receivingUnitCode: string;
  /** Agency code of the receiving unit: the prefix of the dossier code. */
  receivingAgencyCode: string;
  jurisdictionUnitCode: string;
  receivedAt: string;
}

let sequence = 0;

/** A `dossier.received.v1` CloudEvent as reception would publish it, from the demo catalog. */
function receivedEvent(input: DossierInput): CloudEvent<'dossier.received.v1'> {
  const procedure = DEMO_PROCEDURES.find(
    (p) => p.tenant === input.tenant && p.code === input.procedureCode,
  );
  if (!procedure) throw new Error(`no demo procedure ${input.procedureCode} in ${input.tenant}`);
  const day = toVietnamDate(new Date(input.receivedAt)).slice(2).replaceAll('-', '');
  const code = `${input.receivingAgencyCode}-${day}-${String(++sequence).padStart(4, '0')}`;
  return cloudEvent(
    'dossier.received.v1',
    {
      dossierId: randomUUID(),
      code,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      procedureName: procedure.name,
      fieldCode: procedure.fieldCode,
      level: procedure.level,
      channel: 'COUNTER',
      receivingBranchId: input.receivingBranchId,
      receivingUnitCode: input.receivingUnitCode,
      jurisdictionUnitCode: input.jurisdictionUnitCode,
      receivedAt: input.receivedAt,
      dueAt: new Date(Date.parse(input.receivedAt) + 3 * 86_400_000).toISOString(),
      applicant: {
        fullName: 'Nguyễn Văn A',
        phone: '0912345678',
        email: null,
        personalIdMasked: '*********123',
      },
    },
    input.tenant,
    { time: input.receivedAt },
  );
}

const HANOI_BA_DINH = {
  tenant: 'hanoi',
  receivingBranchId: 'hn-ba-dinh',
  receivingUnitCode: '00004',
  receivingAgencyCode: '000.A0.01.H26',
};
const HCMC_THU_DAU_MOT = {
  tenant: 'hcmc',
  receivingBranchId: 'hcm-thu-dau-mot',
  receivingUnitCode: '25747',
  receivingAgencyCode: '000.A0.03.H29',
};
const QN_CAM_PHA = {
  tenant: 'quang-ninh',
  receivingBranchId: 'qn-cam-pha',
  receivingUnitCode: '06793',
  receivingAgencyCode: '000.A0.04.H49',
};

interface SeenEvent {
  seq: number;
  type: EventType;
  event: CloudEvent;
}

describe(RoutingService.name, () => {
  let db: TestDatabase;
  const prefix = testSubjectPrefix();
  const naming = new Naming(prefix);
  const env = () => serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' });
  let catalog: INestApplication | undefined;
  let routing: INestApplication;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let messages: ConsumerMessages;
  const seen: SeenEvent[] = [];

  const startCatalog = async (): Promise<INestApplication> => {
    const moduleRef = await Test.createTestingModule({
      imports: [CatalogAppModule.forRoot(loadCatalogConfig(env()))],
    }).compile();
    const app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    return app;
  };

  const publish = (event: CloudEvent, msgID = event.id): Promise<PubAck> =>
    publishEvent(js, naming, event, msgID);

  const count = async (table: string): Promise<number> => {
    const [{ n }] = await routing
      .get(DataSource)
      .query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`);
    return Number(n);
  };

  const decisions = (dossierId: string) =>
    routing.get(DataSource).getRepository(RoutingDecisionEntity).findBy({ dossierId });

  /** Routing's outputs (routed or held events) about one dossier, as read back from JetStream. */
  const outputsFor = (dossierId: string) =>
    seen.filter(
      (s) =>
        s.type !== 'dossier.received.v1' &&
        (s.event.data as { dossierId: string }).dossierId === dossierId,
    );

  const waitForOutput = (dossierId: string) =>
    waitFor(() => outputsFor(dossierId)[0], { what: `routing output for ${dossierId}` });

  /** The durable consumer has settled every event, the outbox is empty and we read the whole stream. */
  const waitForQuiet = async (): Promise<void> => {
    const stream = naming.stream('dossier');
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(stream, naming.durable('routing-dossier-received'));
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'routing consumer caught up' },
    );
    await waitFor(async () => (await count('routing.outbox')) === 0, { what: 'outbox empty' });
    const last = (await jsm.streams.info(stream)).state.last_seq;
    await waitFor(() => seen.some((s) => s.seq >= last), { what: `stream read up to ${last}` });
  };

  beforeAll(async () => {
    db = await createTestDatabase('routing');
    catalog = await startCatalog();
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(loadRoutingConfig(env()))],
    }).compile();
    routing = moduleRef.createNestApplication(new FastifyAdapter());
    await routing.init();

    nc = await connect({ servers: serviceTestEnv(db, prefix).NATS_URL, noAsyncTraces: true });
    await new StreamProvisioner(
      nc,
      { jetstreamReplicas: 1 } as PlatformRuntimeOptions,
      naming,
    ).ensure();
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
    // An ordered consumer reads everything on the dossier stream of this prefix.
    const reader = await js.consumers.get(naming.stream('dossier'), {
      filter_subjects: naming.aggregateSubjects('dossier'),
    });
    messages = await reader.consume();
    void (async () => {
      for await (const msg of messages) {
        const { type, event } = parseCloudEvent(msg.json<unknown>());
        seen.push({ seq: msg.seq, type, event });
      }
    })();
  });

  afterAll(async () => {
    await messages?.close();
    await nc?.close();
    await routing?.close();
    await catalog?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(routing.get(DataSource))).toEqual([]);
  });

  it('routes a commune-level procedure to the committee of the jurisdiction commune when received at another branch', async () => {
    // Birth registration received in Ba Dinh for an applicant living in Hoan Kiem.
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '00070',
      receivedAt: '2026-01-05T03:00:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.routed.v1');
    expect(out.event).toMatchObject({ tenant: 'hanoi', subject: event.data.code });
    expect(out.event.data).toEqual({
      dossierId: event.data.dossierId,
      code: event.data.code,
      agencyCode: '000.A0.02.H26',
      agencyName: 'Ủy ban nhân dân phường Hoàn Kiếm',
      ruleId: 'hanoi-100-civil-status-certification',
      ruleVersion: 1,
      routedAt: expect.any(String),
      reason:
        'rule hanoi-100-civil-status-certification v1 matched field G09-TP01, commune level → committee of 00070: Ủy ban nhân dân phường Hoàn Kiếm (000.A0.02.H26)',
      decidedBy: 'system:routing',
    });
    const [row] = await decisions(event.data.dossierId);
    expect(row).toMatchObject({
      tenantId: 'hanoi',
      dossierCode: event.data.code,
      status: 'ROUTED',
      ruleId: 'hanoi-100-civil-status-certification',
      ruleVersion: 1,
      agencyCode: '000.A0.02.H26',
      reason: (out.event.data as { reason: string }).reason,
      decidedBy: 'system:routing',
      procedureCode: '1.001193',
      fieldCode: 'G09-TP01',
      channel: 'COUNTER',
      jurisdictionUnitCode: '00070',
    });
    expect(row.decidedAt.toISOString()).toBe((out.event.data as { routedAt: string }).routedAt);
  });

  it('routes a province-level procedure to the department named by the rule', async () => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '2.001610',
      jurisdictionUnitCode: '00166',
      receivedAt: '2026-01-05T04:00:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.routed.v1');
    expect(out.event.data).toMatchObject({
      agencyCode: '000.00.02.H26',
      agencyName: 'Sở Tài chính thành phố Hà Nội',
      ruleId: 'hanoi-020-enterprise',
    });
  });

  it('applies a jurisdiction-specific rule before the general one when the dossier is in its unit', async () => {
    const vanDon = receivedEvent({
      ...QN_CAM_PHA,
      procedureCode: '1.009974',
      jurisdictionUnitCode: '07192',
      receivedAt: '2026-01-05T04:00:00.000Z',
    });
    const haLong = receivedEvent({
      ...QN_CAM_PHA,
      procedureCode: '1.009974',
      jurisdictionUnitCode: '06700',
      receivedAt: '2026-01-05T04:00:00.000Z',
    });
    await publish(vanDon);
    await publish(haLong);
    expect((await waitForOutput(vanDon.data.dossierId)).event.data).toMatchObject({
      agencyCode: '000.00.08.H49',
      ruleId: 'quang-ninh-025-van-don-building-permit',
    });
    expect((await waitForOutput(haLong.data.dossierId)).event.data).toMatchObject({
      agencyCode: '000.00.03.H49',
      ruleId: 'quang-ninh-030-construction',
    });
  });

  it('holds a dossier for a supervisor, with the reason, when no rule matches', async () => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.001776',
      jurisdictionUnitCode: '00004',
      receivedAt: '2026-01-05T03:00:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.held.v1');
    expect(out.event.data).toEqual({
      dossierId: event.data.dossierId,
      code: event.data.code,
      reason: expect.stringContaining('no routing rule matches procedure 1.001776'),
      heldAt: expect.any(String),
    });
    expect(await decisions(event.data.dossierId)).toEqual([
      expect.objectContaining({
        status: 'HELD',
        ruleId: null,
        agencyCode: null,
        agencyName: null,
        reason: (out.event.data as { reason: string }).reason,
      }),
    ]);
  });

  it('holds a dossier with an unknown jurisdiction unit when the catalog answers NOT_FOUND', async () => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '99999',
      receivedAt: '2026-01-05T03:00:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.held.v1');
    expect(out.event.data).toMatchObject({
      reason: 'jurisdiction unit 99999 is not in the catalog',
    });
  });

  it("routes to the successor's committee when the jurisdiction unit was dissolved before the receipt date (in Vietnam time)", async () => {
    // 2025-06-30T17:30Z is 2025-07-01 00:30 in Vietnam: the former Binh Duong ward 25756 no longer
    // exists and the rules (from 2025-07-01) are in force. Its successor is phường Thủ Dầu Một.
    const event = receivedEvent({
      ...HCMC_THU_DAU_MOT,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '25756',
      receivedAt: '2025-06-30T17:30:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.routed.v1');
    expect(out.event.data).toMatchObject({
      agencyCode: '000.A0.03.H29',
      agencyName: 'Ủy ban nhân dân phường Thủ Dầu Một',
      ruleId: 'hcmc-100-civil-status-certification',
    });
  });

  it('holds a dossier received before any rule was in force (old units kept as they were)', async () => {
    // 2025-06-30 17:00 in Vietnam: ward 25756 still exists, but no rule applies before 2025-07-01.
    const event = receivedEvent({
      ...HCMC_THU_DAU_MOT,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '25756',
      receivedAt: '2025-06-30T10:00:00.000Z',
    });
    await publish(event);
    const out = await waitForOutput(event.data.dossierId);
    expect(out.type).toBe('dossier.held.v1');
    expect(out.event.data).toMatchObject({
      reason: expect.stringMatching(/jurisdiction unit 25756 on 2025-06-30$/),
    });
  });

  it('decides a dossier once when the same event is published twice and again under a new event id', async () => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.000894',
      jurisdictionUnitCode: '09552',
      receivedAt: '2026-01-06T02:00:00.000Z',
    });
    expect((await publish(event)).duplicate).toBe(false);
    await waitForOutput(event.data.dossierId);
    // Same id: the broker drops it; the same envelope under another message id reaches the consumer
    // (as a relay republishing after the de-duplication window would) and is skipped by event id.
    expect((await publish(event)).duplicate).toBe(true);
    await publish(event, `${event.id}-replayed`);
    // A new event about the same dossier: the first decision is kept.
    const again = {
      ...event,
      id: randomUUID(),
      data: { ...event.data, jurisdictionUnitCode: '00070' },
    };
    await publish(again);
    await waitForQuiet();

    const outputs = outputsFor(event.data.dossierId);
    expect(outputs.map((o) => o.type)).toEqual(['dossier.routed.v1']);
    expect(outputs[0].event.data).toMatchObject({ agencyCode: '000.A0.04.H26' });
    expect(await decisions(event.data.dossierId)).toEqual([
      expect.objectContaining({ status: 'ROUTED', agencyCode: '000.A0.04.H26' }),
    ]);
    expect(await count('routing.dead_letter')).toBe(0);
  });

  it('redelivers, and does not hold, a dossier while the catalog is unavailable', async () => {
    await catalog?.close();
    catalog = undefined;
    // Quang Ninh committee data this process has not cached yet.
    const event = receivedEvent({
      ...QN_CAM_PHA,
      procedureCode: '1.001612',
      jurisdictionUnitCode: '06832',
      receivedAt: '2026-01-07T02:00:00.000Z',
    });
    await publish(event);
    await waitFor(
      async () =>
        (
          await jsm.consumers.info(
            naming.stream('dossier'),
            naming.durable('routing-dossier-received'),
          )
        ).num_redelivered > 0,
      { what: 'a redelivery' },
    );
    expect(await decisions(event.data.dossierId)).toEqual([]);
    expect(outputsFor(event.data.dossierId)).toEqual([]);

    catalog = await startCatalog();
    const out = await waitFor(() => outputsFor(event.data.dossierId)[0], {
      what: 'routing after the catalog is back',
      timeoutMs: 45_000,
    });
    expect(out.type).toBe('dossier.routed.v1');
    expect(out.event.data).toMatchObject({
      agencyCode: '000.A0.05.H49',
      ruleId: 'quang-ninh-110-household-business',
    });
  });
});
