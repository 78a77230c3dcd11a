import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstream } from '@nats-io/jetstream';
import { FixedClock, Naming } from '@motcua/platform';
import {
  cloudEvent,
  connectRpcTestClient,
  publishEvent,
  waitFor,
  type RpcTestClient,
  demoRequiredComponents,
} from '@motcua/testing';
// Tests only: the forms library's PDF text extraction.
import { inspectPdf } from '../../../libs/forms/src/testing/pdf-inspect';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

interface DossierView {
  code: string;
  id: string;
  status: string;
  nationalStatusCode: number;
  timeliness: string;
  history: { from: string | null; status: string; actor: string }[];
}

/** Friday 9 Jan 2026, 10:00 in Vietnam. */
const TODAY = new Date('2026-01-09T03:00:00.000Z');
/** Sở Tư pháp Hà Nội: the agency of demo.hanoi.handler. */
const HANDLER_AGENCY = '000.00.01.H26';
const DOSSIER_FIELDS =
  'code id status nationalStatusCode timeliness apologized history { from status actor }';

describe('gateway dossier lifecycle', () => {
  let stack: GatewayStack;
  let prefix: string;
  let gateway: NestFastifyApplication;
  let client: RpcTestClient;
  let receiver: Record<string, string>;
  let handler: Record<string, string>;
  const { gql } = graphqlClient(() => gateway);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_lifecycle',
      services: ['catalog', 'identity', 'reception'],
      clock: new FixedClock(TODAY),
    });
    ({ prefix, gateway } = stack);
    client = await connectRpcTestClient(prefix);
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    handler = await stack.staffAuth('demo.hanoi.handler');
  });

  afterAll(async () => {
    await client?.close();
    await stack?.close();
  });

  /** A dossier received through GraphQL and routed to the handler's agency. */
  async function routedDossier(): Promise<DossierView> {
    const submitted = await gql<{ submitDossier: DossierView }>(
      `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { ${DOSSIER_FIELDS} } }`,
      {
        input: {
          idempotencyKey: `gateway-lifecycle-${randomUUID()}`,
          procedureCode: '2.001610',
          components: demoRequiredComponents('2.001610'),
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    expect(submitted.errors).toBeUndefined();
    const dossier = submitted.data!.submitDossier;
    await publishEvent(
      jetstream(client.nc),
      new Naming(prefix),
      cloudEvent(
        'dossier.routed.v1',
        {
          dossierId: dossier.id,
          code: dossier.code,
          agencyCode: HANDLER_AGENCY,
          agencyName: 'Sở Tư pháp Hà Nội',
          ruleId: 'r1',
          routedAt: TODAY.toISOString(),
        },
        'hanoi',
        { time: TODAY.toISOString() },
      ),
    );
    await waitFor(async () => {
      const d = await client.rpc.request(
        'reception.dossier.get.v1',
        { code: dossier.code },
        // Reception lets supervisors read every dossier of the tenant.
        {
          tenant: 'hanoi',
          actor: { kind: 'STAFF', subject: 's', tenant: 'hanoi', roles: ['SUPERVISOR'] },
        },
      );
      return d.status === 'PROCESSING';
    });
    return dossier;
  }

  it('records a processing step by a handler of the competent agency and a supplement request by a receiver', async () => {
    const dossier = await routedDossier();

    const stepped = await gql<{ recordProcessingStep: DossierView }>(
      `mutation Step($code: String!, $input: ProcessingStepInput!) {
        recordProcessingStep(code: $code, input: $input) { ${DOSSIER_FIELDS} }
      }`,
      { code: dossier.code, input: { title: 'Thẩm định hồ sơ', to: HANDLER_AGENCY } },
      handler,
    );
    expect(stepped.errors).toBeUndefined();
    expect(stepped.data!.recordProcessingStep.history.at(-1)).toEqual({
      from: 'PROCESSING',
      status: 'PROCESSING',
      actor: 'demo.hanoi.handler',
    });

    const paused = await gql<{ requestSupplement: DossierView }>(
      `mutation Supplement($code: String!, $missing: [String!]!) {
        requestSupplement(code: $code, missingComponents: $missing, note: "Bổ sung trong 5 ngày") { ${DOSSIER_FIELDS} }
      }`,
      { code: dossier.code, missing: ['Bản sao CCCD'] },
      receiver,
    );
    expect(paused.errors).toBeUndefined();
    expect(paused.data!.requestSupplement).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      nationalStatusCode: 5,
      timeliness: 'PAUSED',
    });
  });

  it('answers FORBIDDEN when a handler asks for a supplement and ILLEGAL_TRANSITION for an illegal step', async () => {
    const dossier = await routedDossier();
    const forbidden = await gql(
      `mutation { requestSupplement(code: "${dossier.code}", missingComponents: ["x"]) { code } }`,
      {},
      handler,
    );
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const illegal = await gql(
      `mutation { returnResult(code: "${dossier.code}", method: POST) { code } }`,
      {},
      receiver,
    );
    expect(illegal.errors?.map((e) => e.extensions?.code)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('prints the receipt slip (form 01) of a dossier for a receiver of the tenant', async () => {
    const dossier = await routedDossier();
    const printed = await gql<{
      dossierForm: { kind: string; fileName: string; contentType: string; base64: string };
    }>(
      `query Form($code: String!) { dossierForm(code: $code, kind: FORM_01) { kind fileName contentType base64 } }`,
      { code: dossier.code },
      receiver,
    );
    expect(printed.errors).toBeUndefined();
    const form = printed.data!.dossierForm;
    expect(form).toMatchObject({
      kind: 'FORM_01',
      fileName: `${dossier.code}-mau-01.pdf`,
      contentType: 'application/pdf',
    });
    const text = (await inspectPdf(Buffer.from(form.base64, 'base64'))).text;
    for (const expected of [dossier.code, 'Nguyễn Văn An', 'ngày 09 tháng 01 năm 2026']) {
      expect(text).toContain(expected);
    }
  });

  it('refuses an incomplete dossier with DOSSIER_INCOMPLETE listing the missing components', async () => {
    const [first, ...rest] = demoRequiredComponents('2.001610');
    const res = await gql(
      `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`,
      {
        input: {
          idempotencyKey: `gateway-incomplete-${randomUUID()}`,
          procedureCode: '2.001610',
          components: rest,
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'DOSSIER_INCOMPLETE',
      details: [{ path: 'components', message: `missing: ${first}` }],
    });
  });

  it('tells the public where to collect the result when tracking', async () => {
    const dossier = await routedDossier();
    const tracked = await gql<{
      trackDossier: { resultReturn: { method: string; branch: { id: string; address: string } } };
    }>(
      `query { trackDossier(code: "${dossier.code}", phone: "0912345678") {
        resultReturn { method branch { id name address } } } }`,
      {},
      { 'x-tenant': 'hanoi' },
    );
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data!.trackDossier.resultReturn).toMatchObject({
      method: 'BRANCH',
      branch: { id: 'hn-ba-dinh', address: expect.stringContaining('Ba Đình') as string },
    });
  });

  it('asks for a payment (national 6) and records it paid online', async () => {
    const dossier = await routedDossier();
    const waiting = await gql<{ requestPayment: DossierView }>(
      `mutation { requestPayment(code: "${dossier.code}",
        fees: [{ description: "Lệ phí", amountVnd: 100000 }]) { ${DOSSIER_FIELDS} } }`,
      {},
      receiver,
    );
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data!.requestPayment).toMatchObject({
      status: 'AWAITING_PAYMENT',
      nationalStatusCode: 6,
      timeliness: 'PAUSED',
    });
    const paid = await gql<{ confirmPayment: DossierView & { paidOnline: boolean } }>(
      `mutation { confirmPayment(code: "${dossier.code}", method: ONLINE, reference: "PAYGOV-1") {
        status nationalStatusCode paidOnline } }`,
      {},
      receiver,
    );
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.confirmPayment).toEqual({
      status: 'PROCESSING',
      nationalStatusCode: 4,
      paidOnline: true,
    });
  });

  describe('every other step through GraphQL, with its form', () => {
    const step = async (mutation: string, who: Record<string, string>) => {
      const res = await gql<Record<string, DossierView>>(
        `mutation { ${mutation} { ${DOSSIER_FIELDS} } }`,
        {},
        who,
      );
      expect(res.errors).toBeUndefined();
      return Object.values(res.data!)[0];
    };
    const formKind = async (code: string, kind: string) => {
      const res = await gql<{ dossierForm: { kind: string } }>(
        `query { dossierForm(code: "${code}", kind: ${kind}) { kind } }`,
        {},
        receiver,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.dossierForm.kind;
    };

    it('supplement received, result ready, returned and rated (national 5 → 4 → 9 → 10)', async () => {
      const { code } = await routedDossier();
      await step(
        `requestSupplement(code: "${code}", missingComponents: ["Bản sao CCCD"])`,
        receiver,
      );
      expect(await formKind(code, 'FORM_02')).toBe('FORM_02');
      expect(await step(`receiveSupplement(code: "${code}")`, receiver)).toMatchObject({
        status: 'PROCESSING',
        nationalStatusCode: 4,
      });
      expect(await step(`markResultReady(code: "${code}")`, handler)).toMatchObject({
        status: 'RESULT_READY',
        nationalStatusCode: 9,
      });
      expect(await step(`returnResult(code: "${code}", method: BRANCH)`, receiver)).toMatchObject({
        status: 'RETURNED',
        nationalStatusCode: 10,
      });
      const rated = await gql<{ rateDossier: { status: string } }>(
        `mutation { rateDossier(code: "${code}", phone: "0912345678", rating: 5) { status } }`,
        {},
        { 'x-tenant': 'hanoi' },
      );
      expect(rated.errors).toBeUndefined();
      expect(await formKind(code, 'FORM_06')).toBe('FORM_06');
    });

    it('apology with a later due date, then stop (forms 04 and 05)', async () => {
      const { code } = await routedDossier();
      expect(
        await step(
          `apologizeDossier(code: "${code}", newDueAt: "2026-01-30T09:00:00.000Z", reason: "Cần xác minh")`,
          handler,
        ),
      ).toMatchObject({ status: 'PROCESSING', apologized: true });
      expect(await formKind(code, 'FORM_04')).toBe('FORM_04');
      expect(
        await step(`stopDossier(code: "${code}", reason: "Giấy tờ giả mạo")`, handler),
      ).toMatchObject({ status: 'STOPPED', nationalStatusCode: 8 });
      expect(await formKind(code, 'FORM_05')).toBe('FORM_05');
    });

    it('refusal (form 03) and withdrawal (national 3 and 7)', async () => {
      const refused = await routedDossier();
      const withdrawn = await routedDossier();
      // Refusal is a reception step before processing: the routed one is withdrawn instead.
      expect(
        await step(
          `withdrawDossier(code: "${withdrawn.code}", reason: "Công dân xin rút")`,
          receiver,
        ),
      ).toMatchObject({ status: 'WITHDRAWN', nationalStatusCode: 7 });
      await step(
        `requestSupplement(code: "${refused.code}", missingComponents: ["Tờ khai"])`,
        receiver,
      );
      expect(
        await step(`refuseDossier(code: "${refused.code}", reasons: ["Không bổ sung"])`, receiver),
      ).toMatchObject({ status: 'REFUSED', nationalStatusCode: 3 });
      expect(await formKind(refused.code, 'FORM_03')).toBe('FORM_03');
    });
  });
});
