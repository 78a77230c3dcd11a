import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FixedClock } from '@motcua/platform';
import { demoRequiredComponents, waitFor } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

/** Monday 12 Jan 2026, 10:00 in Vietnam. */
const MONDAY = new Date('2026-01-12T03:00:00.000Z');
/** Cấp Phiếu lý lịch tư pháp: NATION scope; the demo rules send it to Sở Tư pháp in Hanoi. */
const JUDICIAL_RECORD = '2.000488';
/** Sở Tư pháp thành phố Hà Nội, the demo Hanoi handler's agency. */
const HANOI_JUSTICE = '000.00.01.H26';
/** Phường Hoàn Kiếm, Hanoi. */
const HANOI_WARD = '00070';
const PHONE = '0987654321';

interface DossierView {
  code: string;
  status: string;
  decidingTenant: string | null;
  receivedInTenant: string | null;
  competentAgency: { code: string } | null;
  receivingBranch: { id: string };
  dueAt: string;
  history: { status: string; actor: string }[];
  routing: { status: string; agency: { code: string } | null } | null;
}
const FIELDS = `code status decidingTenant receivedInTenant competentAgency { code }
  receivingBranch { id } dueAt history { status actor }`;

describe('gateway cross-province hand-over', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let hcmcReceiver: Record<string, string>;
  let hanoiHandler: Record<string, string>;
  let hanoiReceiver: Record<string, string>;
  const clock = new FixedClock(MONDAY);
  const { data, errorCodes, gql } = graphqlClient(() => gateway);

  const dossier = (code: string, auth: Record<string, string>, extra = '') =>
    data<{ dossier: DossierView }>(
      `query($code: String!) { dossier(code: $code) { ${FIELDS} ${extra} } }`,
      { code },
      auth,
    ).then((d) => d.dossier);
  const until = (
    code: string,
    auth: Record<string, string>,
    done: (d: DossierView) => boolean,
    extra = '',
  ) =>
    waitFor(
      async () => {
        const body = await gql<{ dossier: DossierView }>(
          `query($code: String!) { dossier(code: $code) { ${FIELDS} ${extra} } }`,
          { code },
          auth,
        );
        const d = body.data?.dossier;
        return d && done(d) ? d : undefined;
      },
      { what: `${code} as ${JSON.stringify(done.toString())}` },
    );
  const track = (code: string, tenant: string) =>
    data<{ trackDossier: { code: string; status: string } }>(
      `query($code: String!) { trackDossier(code: $code, phone: "${PHONE}") { code status } }`,
      { code },
      { 'x-tenant': tenant },
    ).then((d) => d.trackDossier);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_handover',
      services: ['catalog', 'identity', 'reception', 'routing'],
      realms: ['hanoi', 'hcmc'],
      clock,
    });
    ({ gateway } = stack);
    hcmcReceiver = await stack.staffAuth('demo.hcmc.receiver', 'hcmc');
    hanoiHandler = await stack.staffAuth('demo.hanoi.handler', 'hanoi');
    hanoiReceiver = await stack.staffAuth('demo.hanoi.receiver', 'hanoi');
  });

  afterAll(() => stack?.close());

  it('receives at an HCMC branch for a Hanoi agency, which decides it, and returns the result at the HCMC branch', async () => {
    // 1. An HCMC receiver receives a judicial-record request of a Hoàn Kiếm resident.
    const { submitDossier: received } = await data<{ submitDossier: DossierView }>(
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { ${FIELDS} } }`,
      {
        input: {
          idempotencyKey: `gateway-handover-${randomUUID()}`,
          procedureCode: JUDICIAL_RECORD,
          components: demoRequiredComponents(JUDICIAL_RECORD),
          branchId: 'hcm-trung-tam',
          jurisdictionUnitCode: HANOI_WARD,
          applicant: { fullName: 'Lê Văn Bình', personalId: '001085012345', phone: PHONE },
        },
      },
      hcmcReceiver,
    );
    const { code } = received;
    expect(code).toMatch(/^000\.00\.30\.H29-260112-\d{4}$/);
    expect(received).toMatchObject({
      status: 'RECEIVED',
      decidingTenant: 'hanoi',
      receivedInTenant: null,
      receivingBranch: { id: 'hcm-trung-tam' },
    });

    // 2. Hanoi has its own row with the same code, routed by its rules to its agency.
    const routed = await until(
      code,
      hanoiHandler,
      (d) => d.status === 'PROCESSING',
      'routing { status agency { code } }',
    );
    expect(routed).toMatchObject({
      decidingTenant: null,
      receivedInTenant: 'hcmc',
      competentAgency: { code: HANOI_JUSTICE },
      routing: { status: 'ROUTED', agency: { code: HANOI_JUSTICE } },
      receivingBranch: { id: 'hcm-trung-tam' },
      dueAt: received.dueAt,
    });

    // 3. HCMC keeps a read-only view, mirrored from Hanoi.
    const mirrored = await until(code, hcmcReceiver, (d) => d.status === 'PROCESSING');
    expect(mirrored.competentAgency).toEqual({ code: HANOI_JUSTICE });
    const refused = await gql(
      `mutation($code: String!) { requestSupplement(code: $code, missingComponents: ["Tờ khai"]) { code } }`,
      { code },
      hcmcReceiver,
    );
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('handed over to hanoi') as unknown,
    });
    // Hanoi's receivers do not act for the HCMC branch either.
    expect(
      await errorCodes(
        `mutation($code: String!) { withdrawDossier(code: $code, reason: "Xin rút") { code } }`,
        { code },
        hanoiReceiver,
      ),
    ).toEqual(['FORBIDDEN']);

    // 4. The applicant tracks it with the same code under either tenant.
    await expect(track(code, 'hcmc')).resolves.toEqual({ code, status: 'PROCESSING' });
    await expect(track(code, 'hanoi')).resolves.toEqual({ code, status: 'PROCESSING' });

    // 5. The Hanoi handler has the result ready; HCMC sees it.
    clock.set(new Date(MONDAY.getTime() + 3_600_000));
    await data(
      `mutation($code: String!) { markResultReady(code: $code) { status } }`,
      { code },
      hanoiHandler,
    );
    await until(code, hcmcReceiver, (d) => d.status === 'RESULT_READY');

    // 6. The HCMC receiver returns it at the HCMC branch; Hanoi's row is returned too.
    const { returnResult } = await data<{ returnResult: DossierView }>(
      `mutation($code: String!) { returnResult(code: $code, method: BRANCH) { ${FIELDS} } }`,
      { code },
      hcmcReceiver,
    );
    expect(returnResult.status).toBe('RETURNED');
    const returned = await until(code, hanoiHandler, (d) => d.status === 'RETURNED');
    expect(returned.history.at(-1)).toEqual({ status: 'RETURNED', actor: 'system:handover' });
    await expect(track(code, 'hanoi')).resolves.toEqual({ code, status: 'RETURNED' });
    expect(await dossier(code, hcmcReceiver)).toMatchObject({ status: 'RETURNED' });
  });
});
