import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { parseDossierCode } from '@motcua/contracts';
import { PortalStandIn, demoRequiredComponents, waitFor } from '@motcua/testing';
import {
  graphqlClient,
  postTokenRequest,
  startGatewayStack,
  type GatewayStack,
  type PlatformTokens,
} from './support/gateway-stack';

const TOKEN = 'portal-token-gateway-test';
const PERSONAL_ID = '001090012345';

const inbound = (portalDossierId: string) => ({
  portalDossierId,
  procedureCode: '2.001610',
  branchId: 'hn-ba-dinh',
  components: demoRequiredComponents('2.001610'),
  applicant: { fullName: 'Lê Thị Cẩm', personalId: PERSONAL_ID, phone: '0912345678' },
});

describe('national portal (gateway)', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let portal: PortalStandIn;
  let admin: Record<string, string>;
  let supervisor: Record<string, string>;
  let receiver: Record<string, string>;
  const { data, errorCodes } = graphqlClient(() => gateway);

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request(gateway.getHttpServer())
      .post('/national-portal/dossiers')
      .set(headers)
      .send(body as object);

  /** A platform token of a new API client of Hà Nội granted `scopes`. */
  const integratorToken = async (scopes: string[]) => {
    const { registerApiClient } = await data<{
      registerApiClient: { client: { clientId: string }; clientSecret: string };
    }>(
      'mutation($s: [IntegratorScope!]!) { registerApiClient(name: "Cổng DVC quốc gia", scopes: $s) { client { clientId } clientSecret } }',
      { s: scopes },
      admin,
    );
    const res = await postTokenRequest(gateway, {
      grant_type: 'client_credentials',
      client_id: registerApiClient.client.clientId,
      client_secret: registerApiClient.clientSecret,
    });
    expect(res.status).toBe(200);
    return `Bearer ${(res.body as PlatformTokens).access_token}`;
  };

  beforeAll(async () => {
    portal = await PortalStandIn.start(`Bearer ${TOKEN}`);
    stack = await startGatewayStack({
      database: 'gateway_national_portal',
      services: ['catalog', 'identity', 'reception', 'notification'],
      notificationEnv: {
        PORTAL_SYNC_URL: portal.url,
        PORTAL_SYNC_BEARER_TOKEN: TOKEN,
        PORTAL_SYNC_RETRY_BASE_MS: '50',
        PORTAL_SYNC_POLL_MS: '60000',
      },
    });
    gateway = stack.gateway;
    admin = await stack.staffAuth('demo.hanoi.admin');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterAll(async () => {
    await stack?.close();
    await portal?.close();
  });

  describe('POST /national-portal/dossiers', () => {
    let submitter: string;
    beforeAll(async () => {
      submitter = await integratorToken(['DOSSIER_SUBMIT']);
    });

    it('creates an online dossier once for two identical deliveries (201, then 200)', async () => {
      const body = inbound(`DVCQG-${Date.now()}`);
      const first = await post(body, { authorization: submitter });
      expect(first.status).toBe(201);
      const { code } = first.body as { code: string };
      expect(parseDossierCode(code)).not.toBeNull();
      expect(first.body).toMatchObject({ status: 'REGISTERED', nationalStatusCode: 1 });
      const again = await post(body, { authorization: submitter });
      expect(again.status).toBe(200);
      expect((again.body as { code: string }).code).toBe(code);

      // One dossier, synced to the portal as an online (2) dossier with the full personal ID.
      const { dossier } = await data<{
        dossier: { channel: string; portalSync: { state: string; attempts: number } | null };
      }>(
        'query($code: String!) { dossier(code: $code) { channel portalSync { state attempts } } }',
        { code },
        supervisor,
      );
      expect(dossier.channel).toBe('ONLINE');
      await waitFor(() => portal.dossiers.get(code), { what: `${code} at the portal` });
      expect(portal.appliedOf(code).map((r) => r.action)).toEqual(['INSERT']);
      expect(portal.dossiers.get(code)?.dossier).toMatchObject({
        channel: 2,
        statusCode: 1,
        applicant: { fullName: 'Lê Thị Cẩm', personalId: PERSONAL_ID },
      });
      const synced = await waitFor(
        async () => {
          const { dossier: d } = await data<{
            dossier: { portalSync: { state: string; attempts: number; syncedAt: string } };
          }>(
            'query($code: String!) { dossier(code: $code) { portalSync { state attempts syncedAt } } }',
            { code },
            supervisor,
          );
          return d.portalSync.state === 'SYNCED' && d.portalSync;
        },
        { what: 'portalSync SYNCED' },
      );
      expect(synced.attempts).toBe(1);
      expect(synced.syncedAt).toEqual(expect.any(String));

      // A receiver accepts it (national 1 → 2): the portal gets an UPDATE with the due date.
      await data(
        'mutation($code: String!) { acceptDossier(code: $code) { status } }',
        { code },
        receiver,
      );
      // Accepting publishes the step and dossier.received: one or two UPDATEs (folded when fast).
      await waitFor(() => portal.dossiers.get(code)?.dossier.statusCode === 2, {
        what: 'the UPDATE to status 2',
      });
      const applied = portal.appliedOf(code);
      expect(applied[0]).toMatchObject({ action: 'INSERT', dossier: { statusCode: 1 } });
      expect(applied.slice(1).map((r) => r.action)).toEqual(
        Array(applied.length - 1).fill('UPDATE'),
      );
      expect(applied.length).toBeGreaterThanOrEqual(2);
      expect(portal.requests.filter((r) => r.status >= 400)).toEqual([]);
      expect(portal.dossiers.get(code)?.dossier.dueAt).toMatch(/^\d{14}$/);
    });

    it('answers 400 with field errors to a bad body, and 409 when the id is reused for another', async () => {
      const bad = await post(
        { ...inbound('short'), applicant: { fullName: 'X', personalId: '123', phone: 'abc' } },
        { authorization: submitter },
      );
      expect(bad.status).toBe(400);
      const paths = (bad.body as { details: { path: string }[] }).details.map((d) => d.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'portalDossierId',
          'applicant.fullName',
          'applicant.personalId',
          'applicant.phone',
        ]),
      );
      expect(JSON.stringify(bad.body)).not.toMatch(/stack|at .*\.ts/);
      const unknownField = await post(
        { ...inbound('DVCQG-unknown-field'), channel: 'COUNTER' },
        { authorization: submitter },
      );
      expect(unknownField.status).toBe(400);
      expect((await post('not json', { authorization: submitter })).status).toBe(400);
      // Malformed JSON is refused before the handler runs: still our error shape, not Fastify's.
      const malformed = await request(gateway.getHttpServer())
        .post('/national-portal/dossiers')
        .set({ authorization: submitter, 'content-type': 'application/json' })
        .send('{"portalDossierId": ');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'BAD_REQUEST' });

      const id = `DVCQG-reuse-${Date.now()}`;
      expect((await post(inbound(id), { authorization: submitter })).status).toBe(201);
      const other = {
        ...inbound(id),
        applicant: { ...inbound(id).applicant, phone: '0987654321' },
      };
      expect((await post(other, { authorization: submitter })).status).toBe(409);
    });

    it('answers 401 without or with a bad token, 403 without the scope or to staff', async () => {
      const body = inbound(`DVCQG-auth-${Date.now()}`);
      expect((await post(body)).status).toBe(401);
      expect((await post(body, { authorization: 'Bearer not-a-real-token-at-all' })).status).toBe(
        401,
      );
      expect((await post(body, { authorization: 'Basic abc' })).status).toBe(401);
      const reader = await integratorToken(['DOSSIER_READ']);
      const refused = await post(body, { authorization: reader });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
      expect((await post(body, receiver)).status).toBe(403);
    });
  });

  describe('portalSync and portalSyncReport', () => {
    it('reports per day the dossiers received and the share synced, to supervisors only', async () => {
      const from = new Date(Date.now() - 86_400_000).toISOString();
      const to = new Date(Date.now() + 86_400_000).toISOString();
      const query =
        'query($from: DateTime!, $to: DateTime!) { portalSyncReport(from: $from, to: $to, period: DAY) { rows { period total synced share } total synced share } }';
      const report = await waitFor(
        async () => {
          const { portalSyncReport } = await data<{
            portalSyncReport: { total: number; synced: number; share: number; rows: unknown[] };
          }>(query, { from, to }, supervisor);
          return portalSyncReport.total >= 2 && portalSyncReport.synced === portalSyncReport.total
            ? portalSyncReport
            : undefined;
        },
        { what: 'every dossier synced' },
      );
      expect(report.share).toBe(1);
      expect(report.rows.length).toBeGreaterThanOrEqual(1);
      expect(await errorCodes(query, { from, to }, receiver)).toEqual(['FORBIDDEN']);
    });

    it('shows no portalSync to a non-staff caller', async () => {
      const reader = await integratorToken(['DOSSIER_READ']);
      const code = [...portal.dossiers.keys()][0];
      expect(code).toBeDefined();
      const { dossier } = await data<{ dossier: { portalSync: unknown } }>(
        'query($code: String!) { dossier(code: $code) { portalSync { state } } }',
        { code },
        { authorization: reader },
      );
      expect(dossier.portalSync).toBeNull();
    });
  });
});
