import { randomUUID } from 'node:crypto';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { jetstream } from '@nats-io/jetstream';
import request from 'supertest';
import { fetchDemoToken, startLocalIdp, type LocalIdp } from '@motcua/local-idp';
import { Clock, FixedClock, Naming } from '@motcua/platform';
import {
  cloudEvent,
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  publishEvent,
  serviceTestEnv,
  testSubjectPrefix,
  TEST_NATS_URL,
  waitFor,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
// Tests only: the real catalog, identity and reception services, in-process on this test's prefix.
import { AppModule as CatalogAppModule } from '../../catalog/src/app.module';
import { loadCatalogConfig } from '../../catalog/src/config/catalog.config';
import { AppModule as IdentityAppModule } from '../../identity/src/app.module';
import { loadIdentityConfig } from '../../identity/src/config/identity.config';
import { AppModule as ReceptionAppModule } from '../../reception/src/app.module';
import { loadReceptionConfig } from '../../reception/src/config/reception.config';
// Tests only: the forms library's PDF text extraction.
import { inspectPdf } from '../../../libs/forms/src/testing/pdf-inspect';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
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
const DOSSIER_FIELDS = 'code id status nationalStatusCode timeliness history { from status actor }';

async function startApp(
  imports: Parameters<typeof Test.createTestingModule>[0]['imports'],
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<NestFastifyApplication> {
  const moduleRef = await override(Test.createTestingModule({ imports })).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('gateway dossier lifecycle', () => {
  let db: TestDatabase;
  let prefix: string;
  let idp: LocalIdp;
  let apps: NestFastifyApplication[] = [];
  let gateway: NestFastifyApplication;
  let client: RpcTestClient;
  let receiver: Record<string, string>;
  let handler: Record<string, string>;
  const clock = new FixedClock(TODAY);
  const withClock = (b: TestingModuleBuilder) => b.overrideProvider(Clock).useValue(clock);

  async function gql<T>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<GraphqlBody<T>> {
    const res = await request(gateway.getHttpServer())
      .post('/graphql')
      .set(headers)
      .send({ query, variables });
    expect(res.status).toBe(200);
    return res.body as GraphqlBody<T>;
  }
  const staffAuth = async (username: string) => ({
    authorization: `Bearer ${(await fetchDemoToken({ issuer: idp.issuers.staff.hanoi, username })).accessToken}`,
  });

  beforeAll(async () => {
    db = await createTestDatabase('gateway_lifecycle');
    prefix = testSubjectPrefix();
    idp = await startLocalIdp({ port: 0, realms: ['hanoi'] });
    const issuers = [
      { issuer: idp.issuers.staff.hanoi, kind: 'staff', tenant: 'hanoi' },
      { issuer: idp.issuers.citizen, kind: 'citizen' },
    ];
    const env = (extra: Record<string, string> = {}) => serviceTestEnv(db, prefix, extra);
    apps.push(
      await startApp(
        [CatalogAppModule.forRoot(loadCatalogConfig(env({ MOTCUA_DEMO_SEED: 'true' })))],
        withClock,
      ),
    );
    apps.push(
      await startApp([
        IdentityAppModule.forRoot(
          loadIdentityConfig(
            env({ MOTCUA_DEMO_SEED: 'true', IDENTITY_ISSUERS: JSON.stringify(issuers) }),
          ),
        ),
      ]),
    );
    apps.push(await startApp([ReceptionAppModule.forRoot(loadReceptionConfig(env()))], withClock));
    gateway = await startApp([
      AppModule.forRoot(
        loadGatewayConfig({
          NATS_URL: TEST_NATS_URL,
          MOTCUA_SUBJECT_PREFIX: prefix,
          LOG_LEVEL: 'silent',
          NODE_ENV: 'test',
        }),
      ),
    ]);
    client = await connectRpcTestClient(prefix);
    receiver = await staffAuth('demo.hanoi.receiver');
    handler = await staffAuth('demo.hanoi.handler');
  });

  afterAll(async () => {
    await client?.close();
    await gateway?.close();
    for (const app of apps.reverse()) await app.close();
    apps = [];
    await idp?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  /** A dossier received through GraphQL and routed to the handler's agency. */
  async function routedDossier(): Promise<DossierView> {
    const submitted = await gql<{ submitDossier: DossierView }>(
      `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { ${DOSSIER_FIELDS} } }`,
      {
        input: {
          idempotencyKey: `gateway-lifecycle-${randomUUID()}`,
          procedureCode: '2.001610',
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
        { tenant: 'hanoi' },
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
});
