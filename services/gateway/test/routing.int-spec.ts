import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstream } from '@nats-io/jetstream';
import { FixedClock, Naming } from '@motcua/platform';
import {
  cloudEvent,
  connectRpcTestClient,
  demoRequiredComponents,
  publishEvent,
  waitFor,
} from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

/** Monday 12 Jan 2026, 10:00 in Vietnam. */
const MONDAY = new Date('2026-01-12T03:00:00.000Z');
const TUESDAY = new Date('2026-01-13T03:00:00.000Z');
/** Sở Tư pháp Hà Nội, where the demo rules send judicial records and the demo handler works. */
const JUSTICE = '000.00.01.H26';
const FINANCE = '000.00.02.H26';
const HEALTH = '000.00.05.H26';
const JUDICIAL_RECORD = '2.000488';
/** No demo rule matches its field in Hanoi: it is held for a supervisor. */
const UNROUTED = '1.001776';

interface RoutingView {
  status: string;
  agency: { code: string } | null;
  rule: { id: string; version: number | null } | null;
  reason: string;
  decidedBy: string;
  history: { status: string }[];
}
interface DossierView {
  code: string;
  status: string;
  competentAgency: { code: string } | null;
  routing: RoutingView | null;
}
const DOSSIER_FIELDS = `code status competentAgency { code }
  routing { status agency { code } rule { id version } reason decidedBy history { status } }`;

describe('gateway routing', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let receiver: Record<string, string>;
  let supervisor: Record<string, string>;
  let admin: Record<string, string>;
  let handler: Record<string, string>;
  const clock = new FixedClock(MONDAY);
  const { gql, data, errorCodes } = graphqlClient(() => gateway);

  const dossier = (code: string) =>
    data<{ dossier: DossierView }>(
      `query($code: String!) { dossier(code: $code) { ${DOSSIER_FIELDS} } }`,
      { code },
      receiver,
    ).then((d) => d.dossier);

  async function submitted(procedureCode: string, jurisdictionUnitCode?: string): Promise<string> {
    const { submitDossier } = await data<{ submitDossier: { code: string } }>(
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`,
      {
        input: {
          idempotencyKey: `gateway-routing-${randomUUID()}`,
          procedureCode,
          components: demoRequiredComponents(procedureCode),
          branchId: 'hn-ba-dinh',
          jurisdictionUnitCode,
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    return submitDossier.code;
  }

  const settled = (code: string, status: string) =>
    waitFor(
      async () => {
        const d = await dossier(code);
        return d.status === status && d.routing ? d : undefined;
      },
      { what: `${code} to be ${status}` },
    );

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_routing',
      services: ['catalog', 'identity', 'reception', 'routing'],
      clock,
    });
    ({ gateway } = stack);
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor');
    admin = await stack.staffAuth('demo.hanoi.admin');
    handler = await stack.staffAuth('demo.hanoi.handler');
  });

  afterAll(() => stack?.close());

  beforeEach(() => clock.set(MONDAY));

  it('routes a dossier by the rules and shows the agency, the rule and why', async () => {
    const routed = await settled(await submitted(JUDICIAL_RECORD), 'PROCESSING');
    expect(routed.competentAgency?.code).toBe(JUSTICE);
    expect(routed.routing).toMatchObject({
      status: 'ROUTED',
      agency: { code: JUSTICE },
      rule: { id: 'hanoi-010-judicial-record', version: 1 },
      decidedBy: 'system:routing',
      history: [{ status: 'ROUTED' }],
    });
    expect(routed.routing!.reason).toContain(JUDICIAL_RECORD);
  });

  it('holds a dossier no rule matches, lists it for supervisors and routes it by hand with a reason', async () => {
    const code = await submitted(UNROUTED);
    const held = await settled(code, 'ROUTING_HELD');
    expect(held.routing).toMatchObject({ status: 'HELD', agency: null, rule: null });
    const alert = await waitFor(async () => {
      const { myAlerts } = await data<{ myAlerts: { dossierCode: string; level: string }[] }>(
        '{ myAlerts { dossierCode level audience } }',
        {},
        supervisor,
      );
      return myAlerts.find((a) => a.dossierCode === code);
    });
    expect(alert).toMatchObject({ level: 'HELD', audience: 'SUPERVISOR' });

    const queue = await data<{
      heldDossiers: { items: { dossierCode: string; reason: string }[] };
    }>(
      '{ heldDossiers(first: 200) { items { dossierCode reason heldAt } totalCount } }',
      {},
      supervisor,
    );
    expect(queue.heldDossiers.items.map((h) => h.dossierCode)).toContain(code);
    expect(await errorCodes('{ heldDossiers { totalCount } }', {}, receiver)).toEqual([
      'FORBIDDEN',
    ]);

    const { routeHeldDossier } = await data<{ routeHeldDossier: RoutingView }>(
      `mutation($code: String!) { routeHeldDossier(code: $code, agencyCode: "${JUSTICE}",
        reason: "Thuộc thẩm quyền Sở Tư pháp theo văn bản phân cấp") {
        status agency { code } rule { id } reason decidedBy history { status } } }`,
      { code },
      supervisor,
    );
    expect(routeHeldDossier).toMatchObject({
      status: 'ROUTED',
      agency: { code: JUSTICE },
      rule: null,
      decidedBy: 'demo.hanoi.supervisor',
      history: [{ status: 'HELD' }, { status: 'ROUTED' }],
    });
    expect((await settled(code, 'PROCESSING')).competentAgency?.code).toBe(JUSTICE);
    // Routed once by hand: a second time is refused.
    expect(
      await errorCodes(
        `mutation { routeHeldDossier(code: "${code}", agencyCode: "${FINANCE}", reason: "Lại") { status } }`,
        {},
        supervisor,
      ),
    ).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('applies a new version of a rule from its first day, and the old one before', async () => {
    const { saveRoutingRule } = await data<{
      saveRoutingRule: {
        rule: { version: number; validFrom: string };
        previous: { validTo: string };
      };
    }>(
      `mutation($input: SaveRoutingRuleInput!) { saveRoutingRule(input: $input) {
        rule { id version validFrom } previous { version validTo } } }`,
      {
        input: {
          id: 'hanoi-010-judicial-record',
          priority: 10,
          match: { procedureCodes: [JUDICIAL_RECORD] },
          targetKind: 'AGENCY',
          targetAgencyCode: FINANCE,
          validFrom: '2026-01-13',
        },
      },
      admin,
    );
    expect(saveRoutingRule).toMatchObject({
      rule: { version: 2, validFrom: '2026-01-13' },
      previous: { validTo: '2026-01-12' },
    });

    const monday = await settled(await submitted(JUDICIAL_RECORD), 'PROCESSING');
    expect(monday.routing?.rule).toEqual({ id: 'hanoi-010-judicial-record', version: 1 });
    expect(monday.competentAgency?.code).toBe(JUSTICE);

    clock.set(TUESDAY);
    const tuesday = await settled(await submitted(JUDICIAL_RECORD), 'PROCESSING');
    expect(tuesday.routing?.rule).toEqual({ id: 'hanoi-010-judicial-record', version: 2 });
    expect(tuesday.competentAgency?.code).toBe(FINANCE);

    const rules = await data<{ routingRules: { id: string; version: number }[] }>(
      '{ routingRules(id: "hanoi-010-judicial-record", allVersions: true) { id version validFrom validTo } }',
      {},
      receiver,
    );
    expect(rules.routingRules.map((r) => r.version)).toEqual([1, 2]);
    expect(
      await errorCodes(
        `mutation { saveRoutingRule(input: { id: "x-rule", priority: 1, targetKind: JURISDICTION_COMMITTEE, validFrom: "2026-01-20" }) { rule { id } } }`,
        {},
        receiver,
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('applies a rule naming a merged ward to the ward that succeeded it', async () => {
    // Quán Thánh (00013) was merged into Ba Đình (00004) on 2025-07-01.
    await data(
      `mutation($input: SaveRoutingRuleInput!) { saveRoutingRule(input: $input) { rule { id } } }`,
      {
        input: {
          id: 'quan-thanh-death',
          priority: 1,
          match: { procedureCodes: ['1.000656'], jurisdictionUnitCodes: ['00013'] },
          targetKind: 'AGENCY',
          targetAgencyCode: HEALTH,
          validFrom: '2026-01-12',
        },
      },
      admin,
    );
    const inBaDinh = await settled(await submitted('1.000656', '00004'), 'PROCESSING');
    expect(inBaDinh.competentAgency?.code).toBe(HEALTH);
    expect(inBaDinh.routing?.rule?.id).toBe('quan-thanh-death');
    // Elsewhere the rule does not hold: the commune committee decides.
    const inHoanKiem = await settled(await submitted('1.000656', '00070'), 'PROCESSING');
    expect(inHoanKiem.routing?.rule?.id).not.toBe('quan-thanh-death');
    expect(inHoanKiem.competentAgency?.code).toBe('000.A0.02.H26');
  });

  it("puts a routed dossier in its handler's queue and lets the administrator re-assign it", async () => {
    // Received on Monday: version 1 of the rule still sends it to Sở Tư pháp.
    const code = await submitted(JUDICIAL_RECORD);
    await settled(code, 'PROCESSING');
    const mine = await waitFor(
      async () => {
        const { myWorkQueue } = await data<{
          myWorkQueue: { items: { dossierCode: string; dueAt: string; overdue: boolean }[] };
        }>(
          '{ myWorkQueue { items { dossierCode handlerSubject dueAt overdue nearingDue } totalCount overdueCount } }',
          {},
          handler,
        );
        return myWorkQueue.items.find((i) => i.dossierCode === code);
      },
      { what: `${code} in the handler's queue` },
    );
    expect(mine).toMatchObject({ overdue: false, dueAt: expect.any(String) as string });

    const { handlers } = await data<{
      handlers: { subject: string; normPerYear: number; openLoad: number }[];
    }>(
      `{ handlers(agencyCode: "${JUSTICE}") { subject normPerYear openLoad dailyCapacity handledThisYear } }`,
      {},
      admin,
    );
    expect(handlers.find((h) => h.subject === 'demo.hanoi.handler')).toMatchObject({
      normPerYear: 1600,
      openLoad: expect.any(Number) as number,
    });

    await data(
      `mutation { saveHandler(input: { subject: "demo.hanoi.handler2", displayName: "Phạm Thị Mai",
        agencyCode: "${JUSTICE}", areaKind: RURAL }) { subject normPerYear } }`,
      {},
      admin,
    );
    const { reassignDossier } = await data<{ reassignDossier: { handlerSubject: string } }>(
      `mutation { reassignDossier(code: "${code}", handlerSubject: "demo.hanoi.handler2",
        reason: "Cân đối khối lượng công việc") { dossierCode handlerSubject } }`,
      {},
      admin,
    );
    expect(reassignDossier.handlerSubject).toBe('demo.hanoi.handler2');
    const agency = await data<{
      agencyQueue: { items: { dossierCode: string; handlerSubject: string }[] };
    }>(
      `{ agencyQueue(agencyCode: "${JUSTICE}") { agencyCode items { dossierCode handlerSubject } } }`,
      {},
      admin,
    );
    expect(agency.agencyQueue.items).toContainEqual({
      dossierCode: code,
      handlerSubject: 'demo.hanoi.handler2',
    });
  });

  it('alerts the handler when a dossier nears its due date, and the one-stop unit when it is overdue', async () => {
    const code = await submitted(JUDICIAL_RECORD);
    await settled(code, 'PROCESSING');
    const { dossier: d } = await data<{ dossier: { id: string; dueAt: string } }>(
      `{ dossier(code: "${code}") { id dueAt } }`,
      {},
      receiver,
    );
    // Reception's timers announce both at their instants; here they are published directly.
    const client = await connectRpcTestClient(stack.prefix);
    try {
      const js = jetstream(client.nc);
      const naming = new Naming(stack.prefix);
      const data0 = { dossierId: d.id, code, dueAt: d.dueAt };
      await publishEvent(
        js,
        naming,
        cloudEvent('dossier.due-soon.v1', { ...data0, marginMinutes: 240 }, 'hanoi'),
      );
      await publishEvent(
        js,
        naming,
        cloudEvent('dossier.overdue.v1', { ...data0, detectedAt: d.dueAt }, 'hanoi'),
      );
    } finally {
      await client.close();
    }
    const alertsOf = (who: Record<string, string>) =>
      data<{ myAlerts: { id: string; dossierCode: string; level: string; audience: string }[] }>(
        '{ myAlerts { id dossierCode level audience agencyCode branchId dueAt raisedAt } }',
        {},
        who,
      ).then((r) => r.myAlerts.filter((a) => a.dossierCode === code));
    // The administrator sees every alert: the holder's, the head's and the one-stop unit's.
    const all = await waitFor(async () => {
      const alerts = await alertsOf(admin);
      return alerts.length === 3 ? alerts : undefined;
    });
    expect(all.map((a) => `${a.level}:${a.audience}`).sort()).toEqual([
      'NEARING_DUE:HANDLER',
      'OVERDUE:AGENCY_HEAD',
      'OVERDUE:ONE_STOP',
    ]);
    const overdue = await waitFor(async () => (await alertsOf(receiver))[0]);
    expect(overdue).toMatchObject({ level: 'OVERDUE', audience: 'ONE_STOP' });

    const { acknowledgeAlert } = await data<{ acknowledgeAlert: { acknowledgedBy: string } }>(
      `mutation { acknowledgeAlert(id: "${overdue.id}") { acknowledgedBy acknowledgedAt } }`,
      {},
      receiver,
    );
    expect(acknowledgeAlert.acknowledgedBy).toBe('demo.hanoi.receiver');
    expect(await alertsOf(receiver)).toEqual([]);
  });

  it('answers UNAUTHENTICATED for the work queue without a token', async () => {
    const res = await gql('{ myWorkQueue { totalCount } }', {}, { 'x-tenant': 'hanoi' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
