import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { fetchPlatformToken, freeServicePorts, startStack, type Stack } from '@motcua/devstack';
import {
  HttpSink,
  SmtpSink,
  createTestDatabase,
  deleteTestStreams,
  testSubjectPrefix,
  waitFor,
  type TestDatabase,
  demoRequiredComponents,
} from '@motcua/testing';

const ROOT = resolve(__dirname, '..');
const DOSSIER_FIELDS = `code status nationalStatusCode receivedAt dueAt
  receivingBranch { id name } competentAgency { code name } history { at status actor reason }`;

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The whole platform as separate processes on a database and subject prefix of its own: a
 * dossier received at a Hanoi branch through the gateway is routed, notified and tracked.
 */
describe('motcua end to end', () => {
  let db: TestDatabase;
  let prefix: string;
  let stack: Stack;
  let mail: SmtpSink;
  let sms: HttpSink;
  let receiverToken: string;

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const res = await request(stack.services.gateway.url)
      .post('/graphql')
      .set(headers)
      .send({ query, variables });
    return { status: res.status, body: res.body as GraphQLResponse<T> };
  };
  const asReceiver = () => ({ authorization: `Bearer ${receiverToken}` });

  beforeAll(async () => {
    for (const service of [
      'catalog',
      'reception',
      'routing',
      'identity',
      'notification',
      'gateway',
    ]) {
      if (!existsSync(join(ROOT, 'services', service, 'dist', 'main.js')))
        throw new Error(`services/${service} is not built: run npm run build (npm test does)`);
    }
    db = await createTestDatabase('e2e');
    prefix = testSubjectPrefix();
    mail = await SmtpSink.start();
    sms = await HttpSink.start();
    stack = await startStack({
      databaseUrl: db.url,
      natsUrl: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
      subjectPrefix: prefix,
      ports: await freeServicePorts(),
      idpPort: 0,
      // The citizen who submits online below is the applicant (reception checks the personal ID).
      idpAccounts: {
        'citizen.nguyen-van-an': { name: 'Nguyễn Văn An', personalId: '001090012345' },
      },
      demoSeed: true,
      smtpUrl: mail.url,
      smsGatewayUrl: sms.url,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'warn',
      logDir: join(ROOT, '.motcua', 'e2e-logs', prefix.slice(0, -1)),
      root: ROOT,
    });
    // Signed in at the staff IdP, exchanged for a platform token at the gateway.
    receiverToken = (
      await fetchPlatformToken({
        gatewayUrl: stack.services.gateway.url,
        issuer: stack.idp.issuers.staff.hanoi,
        username: 'demo.hanoi.receiver',
      })
    ).access_token;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await mail?.close();
    await sms?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  }, 60_000);

  it('serves the reference data publicly', async () => {
    const { body } = await gql<{
      tenants: { id: string }[];
      procedures: { totalCount: number; edges: { node: { code: string } }[] };
    }>(
      '{ tenants { id } procedures(first: 3) { totalCount edges { node { code name level durationDays boundaryFreeScope } } } }',
      {},
      { 'x-tenant': 'hanoi' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.tenants.map((t) => t.id)).toEqual(
      expect.arrayContaining(['hanoi', 'hcmc', 'quang-ninh']),
    );
    expect(body.data!.procedures.edges).toHaveLength(3);
  });

  it('receives a dossier at a branch, routes it to the competent agency of the jurisdiction, notifies and tracks it', async () => {
    const input = {
      idempotencyKey: 'e2e-birth-0001',
      procedureCode: '1.001193',
      components: demoRequiredComponents('1.001193'),
      branchId: 'hn-ba-dinh',
      channel: 'COUNTER',
      jurisdictionUnitCode: '00070',
      applicant: {
        fullName: 'Phạm Minh Châu',
        personalId: '001095012345',
        phone: '0903123456',
        email: 'chau@example.vn',
      },
    };
    const submit = `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { ${DOSSIER_FIELDS} } }`;
    const submitted = await gql<{
      submitDossier: { code: string; status: string; nationalStatusCode: number; dueAt: string };
    }>(submit, { input }, asReceiver());
    expect(submitted.body.errors).toBeUndefined();
    const dossier = submitted.body.data!.submitDossier;
    expect(dossier.code).toMatch(/^000\.A0\.01\.H26-\d{6}-\d{4}$/);
    expect(dossier).toMatchObject({ status: 'RECEIVED', nationalStatusCode: 2 });

    // A retry with the same key is the same dossier.
    const retried = await gql<{ submitDossier: { code: string } }>(submit, { input }, asReceiver());
    expect(retried.body.data!.submitDossier.code).toBe(dossier.code);

    // Routed to the committee of Hoan Kiem (the jurisdiction), not of Ba Dinh (the branch).
    const routed = await waitFor(
      async () => {
        const { body } = await gql<{
          dossier: {
            status: string;
            competentAgency: { code: string; name: string } | null;
            history: { status: string }[];
          };
        }>(
          `query($code: String!) { dossier(code: $code) { ${DOSSIER_FIELDS} } }`,
          { code: dossier.code },
          asReceiver(),
        );
        return body.data?.dossier.status === 'PROCESSING' ? body.data.dossier : undefined;
      },
      { what: 'the dossier to be routed', timeoutMs: 30_000 },
    );
    expect(routed.competentAgency?.code).toBe('000.A0.02.H26');
    expect(routed.history.map((h) => h.status)).toEqual(['RECEIVED', 'PROCESSING']);

    // Notified by SMS and e-mail, in Vietnamese.
    const texts = await waitFor(
      () => {
        const bodies = sms.accepted.map((r) => JSON.stringify(r.body));
        const mine = bodies.filter((b) => b.includes(dossier.code));
        return mine.length >= 2 ? mine : undefined;
      },
      { what: 'two SMS about the dossier', timeoutMs: 30_000 },
    );
    expect(texts.join('\n')).toContain('tiếp nhận');
    await waitFor(
      () => mail.messages.filter((m) => m.to.includes('chau@example.vn')).length >= 2 || undefined,
      { what: 'two e-mails', timeoutMs: 30_000 },
    );

    // Public tracking needs the applicant's phone and shows no personal data.
    const tracked = await gql<{ trackDossier: { status: string; steps: { status: string }[] } }>(
      'query($code: String!, $phone: String!) { trackDossier(code: $code, phone: $phone) { code status nationalStatusCode dueAt steps { at status } } }',
      { code: dossier.code, phone: '0903 123 456' },
      { 'x-tenant': 'hanoi' },
    );
    expect(tracked.body.errors).toBeUndefined();
    expect(tracked.body.data!.trackDossier).toMatchObject({
      status: 'PROCESSING',
      steps: [{ status: 'RECEIVED' }, { status: 'PROCESSING' }],
    });
    expect(JSON.stringify(tracked.body)).not.toContain('Phạm Minh Châu');
  });

  it('registers a dossier a citizen submits online and routes it once a receiver accepts it', async () => {
    const citizen = await fetchPlatformToken({
      gatewayUrl: stack.services.gateway.url,
      issuer: stack.idp.issuers.citizen,
      username: 'citizen.nguyen-van-an',
    });
    const submitted = await gql<{ submitDossier: { code: string; status: string } }>(
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code status nationalStatusCode } }`,
      {
        input: {
          idempotencyKey: 'e2e-online-0001',
          procedureCode: '1.001193',
          components: demoRequiredComponents('1.001193'),
          branchId: 'hn-ba-dinh',
          channel: 'ONLINE',
          jurisdictionUnitCode: '00070',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      { authorization: `Bearer ${citizen.access_token}`, 'x-tenant': 'hanoi' },
    );
    expect(submitted.body.errors).toBeUndefined();
    const { code } = submitted.body.data!.submitDossier;
    expect(submitted.body.data!.submitDossier).toMatchObject({
      status: 'REGISTERED',
      nationalStatusCode: 1,
    });

    const accepted = await gql<{ acceptDossier: { status: string } }>(
      'mutation($code: String!) { acceptDossier(code: $code) { status nationalStatusCode } }',
      { code },
      asReceiver(),
    );
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data!.acceptDossier).toEqual({
      status: 'RECEIVED',
      nationalStatusCode: 2,
    });

    const routed = await waitFor(
      async () => {
        const { body } = await gql<{
          dossier: { status: string; history: { status: string }[] };
        }>(
          `query($code: String!) { dossier(code: $code) { status history { status } } }`,
          { code },
          asReceiver(),
        );
        return body.data?.dossier.status === 'PROCESSING' ? body.data.dossier : undefined;
      },
      { what: 'the accepted online dossier to be routed', timeoutMs: 30_000 },
    );
    expect(routed.history.map((h) => h.status)).toEqual(['REGISTERED', 'RECEIVED', 'PROCESSING']);
  });

  it('holds a dossier that no routing rule matches, never dropping it', async () => {
    const { body } = await gql<{ submitDossier: { code: string } }>(
      'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }',
      {
        input: {
          idempotencyKey: 'e2e-held-0001',
          procedureCode: '1.001776',
          components: demoRequiredComponents('1.001776'),
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'Lê Văn Dũng', personalId: '001060054321', phone: '0987000111' },
        },
      },
      asReceiver(),
    );
    expect(body.errors).toBeUndefined();
    const code = body.data!.submitDossier.code;
    await waitFor(
      async () => {
        const r = await gql<{ dossier: { status: string } }>(
          'query($code: String!) { dossier(code: $code) { status } }',
          { code },
          asReceiver(),
        );
        return r.body.data?.dossier.status === 'ROUTING_HELD' || undefined;
      },
      { what: 'the dossier to be held', timeoutMs: 30_000 },
    );
  });

  it('answers bad input and missing rights with typed errors, never a stack', async () => {
    const bad = await gql(
      'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }',
      {
        input: {
          idempotencyKey: 'e2e-bad-000001',
          procedureCode: '1.001193',
          components: demoRequiredComponents('1.001193'),
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'X Y', personalId: '123', phone: '12' },
        },
      },
      asReceiver(),
    );
    expect(bad.body.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const anonymous = await gql(
      '{ dossier(code: "000.A0.01.H26-260109-0001") { code } }',
      {},
      { 'x-tenant': 'hanoi' },
    );
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await gql(
      '{ dossier(code: "000.A0.01.H26-260109-0001") { code } }',
      {},
      { authorization: 'Bearer not.a.token' },
    );
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const r of [bad, anonymous, forged])
      expect(JSON.stringify(r.body)).not.toMatch(/at .+\.(js|ts):\d+/);
  });
});
