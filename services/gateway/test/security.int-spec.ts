import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeJwt, decodeProtectedHeader, importPKCS8, SignJWT, type JWTPayload } from 'jose';
import { Client } from 'pg';
import request from 'supertest';
import { Clock } from '@motcua/platform';
import { demoRequiredComponents } from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';
import {
  gatewayTestEnv,
  graphqlClient,
  postGraphql,
  postTokenRequest,
  startApp,
  startGatewayStack,
  type GatewayStack,
  type GraphqlBody,
  type PlatformTokens,
} from './support/gateway-stack';
import {
  signPlatformToken,
  staffClaims,
  testSigningKey,
  unsignedCopy,
} from './support/platform-token.factory';

/** The real time, shifted by hand: the gateway's view of "now" (token expiry). */
class ShiftedClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/** The citizen who submits the dossier below, and another one. */
const APPLICANT = { account: 'citizen.nguyen-van-an', personalId: '001090012345' };
const OTHER_CITIZEN = { account: 'citizen.tran-thi-binh', personalId: '001185054321' };

const SAVE_STAFF = /* GraphQL */ `
  mutation Save($input: SaveStaffMemberInput!) {
    saveStaffMember(input: $input) {
      subject
      roles
    }
  }
`;
const STAFF = '{ staffMembers(includeInactive: true) { subject roles branchIds } }';
const DOSSIER = 'query($code: String!) { dossier(code: $code) { code status } }';
const ACCEPT = 'mutation($code: String!) { acceptDossier(code: $code) { code status } }';
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
      status
    }
  }
`;
const onlineInput = (personalId: string) => ({
  idempotencyKey: `security-${randomUUID()}`,
  procedureCode: '1.001193',
  components: demoRequiredComponents('1.001193'),
  branchId: 'hn-ba-dinh',
  channel: 'ONLINE',
  applicant: { fullName: 'Nguyễn Văn An', personalId, phone: '0912345678' },
});

/**
 * The gateway accepts only platform tokens identity signed, and every principal reaches only
 * what its roles, units, scopes and tenant allow: forged, expired, mis-addressed, unsigned and
 * algorithm-confused tokens, upstream tokens, replayed refresh tokens and escalations through
 * arguments are all refused, and nothing changes.
 */
describe('gateway security', () => {
  const clock = new ShiftedClock();
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let admin: Record<string, string>;
  let supervisor: Record<string, string>;
  let dossierCode: string;
  const { gql, data, errorCodes } = graphqlClient(() => gateway);
  const codesOf = async (query: string, variables: Record<string, unknown>, token: string) =>
    errorCodes(query, variables, { authorization: `Bearer ${token}` });

  /** identity's current signing key, read from its table as only identity should. */
  async function identitySigningKey(kid: string) {
    const db = new Client({ connectionString: stack.db.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ private_key_pem: string }>(
        'SELECT private_key_pem FROM identity.signing_key WHERE kid = $1',
        [kid],
      );
      return { kid, privateKey: await importPKCS8(rows[0].private_key_pem, 'ES256') };
    } finally {
      await db.end();
    }
  }

  /** A platform token as a hanoi receiver gets it, with its claims and header. */
  async function receiverToken() {
    const token = (await stack.platformTokens('demo.hanoi.receiver')).access_token;
    return { token, claims: decodeJwt(token), kid: decodeProtectedHeader(token).kid! };
  }

  const staffSubjects = async () =>
    (await data<{ staffMembers: { subject: string; roles: string[] }[] }>(STAFF, {}, admin))
      .staffMembers;

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_security',
      services: ['catalog', 'identity', 'reception'],
      realms: ['hanoi', 'hcmc'],
      gatewayClock: clock,
      idpAccounts: {
        [APPLICANT.account]: { name: 'Nguyễn Văn An', personalId: APPLICANT.personalId },
        [OTHER_CITIZEN.account]: { name: 'Trần Thị Bình', personalId: OTHER_CITIZEN.personalId },
      },
    });
    gateway = stack.gateway;
    admin = await stack.staffAuth('demo.hanoi.admin');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor');
    const citizen = await stack.tokenFor(APPLICANT.account, stack.idp.issuers.citizen);
    const submitted = await data<{ submitDossier: { code: string } }>(
      SUBMIT,
      { input: onlineInput(APPLICANT.personalId) },
      { authorization: citizen, 'x-tenant': 'hanoi' },
    );
    dossierCode = submitted.submitDossier.code;
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe('platform tokens', () => {
    const attackerInput = {
      subject: 'attacker',
      displayName: 'Attacker',
      roles: ['TENANT_ADMIN'],
    };

    it('serves identity by a token it issued, and a forged copy changes nothing', async () => {
      const { claims, kid } = await receiverToken();
      expect(claims).toMatchObject({
        iss: 'urn:motcua:platform',
        aud: 'motcua-gateway',
        kind: 'STAFF',
        tenant: 'hanoi',
        roles: ['RECEIVER'],
      });
      // Same key id, another key; then a key id the JWKS never named.
      const stranger = await testSigningKey(kid);
      const forgedClaims = staffClaims({ roles: ['TENANT_ADMIN'], branches: [] });
      const sameKid = await signPlatformToken(stranger, forgedClaims, {
        subject: 'demo.hanoi.admin',
      });
      const otherKid = await signPlatformToken(stranger, forgedClaims, {
        subject: 'demo.hanoi.admin',
        kid: 'made-up-key',
      });
      for (const forged of [sameKid, otherKid]) {
        const body = await gql(
          SAVE_STAFF,
          { input: attackerInput },
          {
            authorization: `Bearer ${forged}`,
          },
        );
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      expect((await staffSubjects()).map((s) => s.subject)).not.toContain('attacker');
    });

    it('refuses an expired token by the gateway clock', async () => {
      const { token, claims } = await receiverToken();
      expect(await codesOf(DOSSIER, { code: dossierCode }, token)).toEqual([]);
      const lifeMs = (claims.exp! - claims.iat!) * 1000;
      clock.offsetMs = lifeMs + 6_000; // past the 5 s of tolerance
      try {
        const body = await gql(
          DOSSIER,
          { code: dossierCode },
          { authorization: `Bearer ${token}` },
        );
        expect(body.errors?.[0]).toMatchObject({
          message: 'The access token has expired',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      } finally {
        clock.offsetMs = 0;
      }
    });

    it.each<[string, (claims: JWTPayload) => JWTPayload, Record<string, string>, string]>([
      [
        'another issuer',
        (c) => c,
        { issuer: 'http://127.0.0.1/realms/hanoi' },
        'not issued by this platform',
      ],
      ['another audience', (c) => c, { audience: 'account' }, 'not meant for this gateway'],
    ])(
      'refuses a token of %s even when signed with identity’s own key',
      async (_, claimsOf, options, message) => {
        const { claims, kid } = await receiverToken();
        const key = await identitySigningKey(kid);
        const { iss: _iss, aud: _aud, sub, exp: _exp, iat: _iat, jti: _jti, ...rest } = claims;
        const token = await signPlatformToken(key, claimsOf({ ...rest, roles: ['TENANT_ADMIN'] }), {
          subject: sub,
          ...options,
        });
        const body = await gql(
          SAVE_STAFF,
          { input: attackerInput },
          {
            authorization: `Bearer ${token}`,
          },
        );
        expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(body.errors?.[0].message).toContain(message);
        expect((await staffSubjects()).map((s) => s.subject)).not.toContain('attacker');
      },
    );

    it('refuses an unsigned token (alg none) and an HS256 token keyed with the public key', async () => {
      const { token, kid } = await receiverToken();
      const escalated = unsignedCopy(token, { alg: 'none', kid, typ: 'at+jwt' });
      const jwks = await request(gateway.getHttpServer()).get('/.well-known/jwks.json');
      const publicJwk = (jwks.body as { keys: Record<string, string>[] }).keys.find(
        (k) => k.kid === kid,
      )!;
      const {
        iss: _iss,
        aud: _aud,
        sub,
        exp: _exp,
        iat: _iat,
        jti: _jti,
        ...rest
      } = decodeJwt(token);
      const confused = await new SignJWT({ ...rest, roles: ['TENANT_ADMIN'] })
        .setProtectedHeader({ alg: 'HS256', kid, typ: 'at+jwt' })
        .setIssuer('urn:motcua:platform')
        .setAudience('motcua-gateway')
        .setSubject(sub!)
        .setIssuedAt()
        .setExpirationTime('5m')
        .setJti(randomUUID())
        .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
      for (const forged of [escalated, confused]) {
        const body = await gql(
          SAVE_STAFF,
          { input: attackerInput },
          {
            authorization: `Bearer ${forged}`,
          },
        );
        expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
        expect(body.errors?.[0].message).toContain('algorithm');
      }
      expect((await staffSubjects()).map((s) => s.subject)).not.toContain('attacker');
    });

    it('refuses the upstream IdP’s own token: the gateway verifies platform tokens only', async () => {
      const upstream = await stack.upstreamToken('demo.hanoi.admin');
      const body = await gql(
        SAVE_STAFF,
        { input: attackerInput },
        {
          authorization: `Bearer ${upstream}`,
        },
      );
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect((await staffSubjects()).map((s) => s.subject)).not.toContain('attacker');
    });

    it('publishes public keys only, cacheable, and they verify the tokens', async () => {
      const { kid } = await receiverToken();
      const res = await request(gateway.getHttpServer()).get('/.well-known/jwks.json');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
      const keys = (res.body as { keys: Record<string, string>[] }).keys;
      expect(keys.map((k) => k.kid)).toContain(kid);
      for (const key of keys) {
        expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
        expect(key.d).toBeUndefined();
      }
    });
  });

  describe('token endpoint', () => {
    const refresh = (token: string) =>
      postTokenRequest(gateway, { grant_type: 'refresh_token', refresh_token: token });

    it('rotates refresh tokens and revokes the family when one is used twice', async () => {
      const first = await stack.platformTokens('demo.hanoi.receiver');
      expect(first.refresh_token).toBeDefined();
      const rotated = await refresh(first.refresh_token!);
      expect(rotated.status).toBe(200);
      expect(rotated.headers['cache-control']).toBe('no-store');
      const second = rotated.body as PlatformTokens;
      expect(second.refresh_token).not.toBe(first.refresh_token);

      const replay = await refresh(first.refresh_token!);
      expect(replay.status).toBe(400);
      expect(replay.body).toEqual({
        error: 'invalid_grant',
        error_description: expect.any(String),
      });
      // The replay ended the whole family: the rotated token is dead too.
      const after = await refresh(second.refresh_token!);
      expect(after.status).toBe(400);
      expect((after.body as { error: string }).error).toBe('invalid_grant');
    });

    it('revokes a refresh token (RFC 7009) and refuses to revoke an access token', async () => {
      const tokens = await stack.platformTokens('demo.hanoi.handler');
      const revoke = (form: Record<string, string>) =>
        request(gateway.getHttpServer()).post('/auth/revoke').type('form').send(form);
      expect((await revoke({ token: tokens.refresh_token! })).status).toBe(200);
      expect((await refresh(tokens.refresh_token!)).status).toBe(400);
      expect((await revoke({ token: 'never-issued-refresh-token' })).status).toBe(200);
      const access = await revoke({ token: tokens.access_token });
      expect(access.status).toBe(400);
      expect((access.body as { error: string }).error).toBe('unsupported_token_type');
    });

    it('answers RFC 6749 errors as JSON without a stack', async () => {
      const server = () => request(gateway.getHttpServer());
      const unsupported = await postTokenRequest(gateway, {
        grant_type: 'password',
        username: 'a',
      });
      expect(unsupported.status).toBe(400);
      expect(unsupported.body).toEqual({
        error: 'unsupported_grant_type',
        error_description: expect.any(String),
      });
      const notAForm = await server()
        .post('/auth/token')
        .set('content-type', 'text/plain')
        .send('grant_type=refresh_token');
      expect(notAForm.status).toBe(400);
      expect((notAForm.body as { error: string }).error).toBe('invalid_request');
      const badJson = await server()
        .post('/auth/token')
        .set('content-type', 'application/json')
        .send('{"grant_type":');
      expect(badJson.status).toBe(400);
      expect(JSON.stringify(badJson.body)).not.toMatch(/stack|at .*\.js/);
    });

    it('exchanges upstream tokens sent as JSON, and refuses platform and garbage subject tokens', async () => {
      const server = () => request(gateway.getHttpServer());
      const upstream = await stack.upstreamToken('demo.hanoi.receiver');
      const json = await server().post('/auth/token').send({
        grant_type: EXCHANGE,
        subject_token: upstream,
        subject_token_type: ACCESS_TOKEN_TYPE,
      });
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({
        token_type: 'Bearer',
        issued_token_type: ACCESS_TOKEN_TYPE,
        expires_in: expect.any(Number),
      });
      const platform = (json.body as PlatformTokens).access_token;
      for (const subject of [platform, 'not.a.token-at-all']) {
        const res = await postTokenRequest(gateway, {
          grant_type: EXCHANGE,
          subject_token: subject,
          subject_token_type: ACCESS_TOKEN_TYPE,
        });
        expect(res.status).toBe(400);
        expect((res.body as { error: string }).error).toBe('invalid_request');
      }
    });

    it('limits token requests per client address', async () => {
      const limited = await startApp([
        AppModule.forRoot(
          loadGatewayConfig(gatewayTestEnv(stack.prefix, { TOKEN_REQUESTS_PER_MINUTE: '2' })),
        ),
      ]);
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++)
          statuses.push(
            (
              await postTokenRequest(limited, {
                grant_type: 'refresh_token',
                refresh_token: 'x'.repeat(40),
              })
            ).status,
          );
        expect(statuses).toEqual([400, 400, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  describe('integrators', () => {
    let client: { clientId: string; clientSecret: string };
    const basic = (id: string, secret: string) =>
      `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

    beforeAll(async () => {
      const registered = await data<{
        registerApiClient: { client: { clientId: string }; clientSecret: string };
      }>(
        'mutation { registerApiClient(name: "National portal sync", scopes: [DOSSIER_READ]) { client { clientId } clientSecret } }',
        {},
        admin,
      );
      client = {
        clientId: registered.registerApiClient.client.clientId,
        clientSecret: registered.registerApiClient.clientSecret,
      };
    });

    const integratorToken = async () => {
      const res = await postTokenRequest(
        gateway,
        { grant_type: 'client_credentials' },
        { authorization: basic(client.clientId, client.clientSecret) },
      );
      expect(res.status).toBe(200);
      const body = res.body as PlatformTokens;
      expect(body.refresh_token).toBeUndefined();
      expect(body.scope).toBe('dossier:read');
      return body.access_token;
    };

    it('reads dossiers of its tenant with dossier:read and submits nothing without dossier:submit', async () => {
      const token = await integratorToken();
      expect(await codesOf(DOSSIER, { code: dossierCode }, token)).toEqual([]);
      expect(await codesOf(SUBMIT, { input: onlineInput(APPLICANT.personalId) }, token)).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('stays in its own tenant', async () => {
      const token = await integratorToken();
      const body = await gql(
        DOSSIER,
        { code: dossierCode },
        {
          authorization: `Bearer ${token}`,
          'x-tenant': 'hcmc',
        },
      );
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('refuses a wrong secret as invalid_client with a Basic challenge', async () => {
      const res = await postTokenRequest(
        gateway,
        { grant_type: 'client_credentials' },
        { authorization: basic(client.clientId, 'wrong-secret') },
      );
      expect(res.status).toBe(401);
      expect((res.body as { error: string }).error).toBe('invalid_client');
      expect(res.headers['www-authenticate']).toMatch(/^Basic /);
    });

    it('lets a client with public:read track dossiers past the per-address limit', async () => {
      const kiosk = await data<{
        registerApiClient: { client: { clientId: string }; clientSecret: string };
      }>(
        'mutation { registerApiClient(name: "Kiosk", scopes: [PUBLIC_READ]) { client { clientId } clientSecret } }',
        {},
        admin,
      );
      const limited = await startApp([
        AppModule.forRoot(
          loadGatewayConfig(gatewayTestEnv(stack.prefix, { PUBLIC_LOOKUPS_PER_MINUTE: '1' })),
        ),
      ]);
      try {
        const tokens = await postTokenRequest(limited, {
          grant_type: 'client_credentials',
          client_id: kiosk.registerApiClient.client.clientId,
          client_secret: kiosk.registerApiClient.clientSecret,
        });
        const token = (tokens.body as PlatformTokens).access_token;
        const track = async (headers: Record<string, string>) => {
          const res = await postGraphql(
            limited,
            'query($code: String!) { trackDossier(code: $code, phone: "0912345678") { status } }',
            { code: dossierCode },
            headers,
          );
          return ((res.body as GraphqlBody).errors ?? []).map((e) => e.extensions?.code);
        };
        for (let i = 0; i < 3; i++)
          expect(await track({ authorization: `Bearer ${token}` })).toEqual([]);
        expect(await track({ 'x-tenant': 'hanoi' })).toEqual([]);
        expect(await track({ 'x-tenant': 'hanoi' })).toEqual(['RATE_LIMITED']);
      } finally {
        await limited.close();
      }
    });

    it('refuses a scope the client was not granted as invalid_scope', async () => {
      const res = await postTokenRequest(gateway, {
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
        scope: 'dossier:submit',
      });
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toBe('invalid_scope');
    });
  });

  describe('object-level access', () => {
    const statusOf = async () =>
      (await data<{ dossier: { status: string } }>(DOSSIER, { code: dossierCode }, supervisor))
        .dossier.status;

    it('lets the applicant read their dossier and answers NOT_FOUND to another citizen', async () => {
      const owner = await stack.tokenFor(APPLICANT.account, stack.idp.issuers.citizen);
      const other = await stack.tokenFor(OTHER_CITIZEN.account, stack.idp.issuers.citizen);
      const read = (authorization: string) =>
        gql(DOSSIER, { code: dossierCode }, { authorization, 'x-tenant': 'hanoi' });
      expect((await read(owner)).errors).toBeUndefined();
      expect((await read(other)).errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    });

    it('refuses a receiver of another branch, and of another tenant, to change the dossier', async () => {
      const before = await statusOf();
      await data(
        SAVE_STAFF,
        {
          input: {
            subject: 'demo.hanoi.receiver-hk',
            displayName: 'Receiver at Hoan Kiem',
            roles: ['RECEIVER'],
            branchIds: ['hn-hoan-kiem'],
          },
        },
        admin,
      );
      const otherBranch = await stack.staffAuth('demo.hanoi.receiver-hk');
      expect(await errorCodes(ACCEPT, { code: dossierCode }, otherBranch)).toEqual(['FORBIDDEN']);

      const hcmc = await stack.staffAuth('demo.hcmc.receiver', 'hcmc');
      // In its own tenant the code names nothing; naming hanoi is refused outright.
      expect(await errorCodes(ACCEPT, { code: dossierCode }, hcmc)).toEqual(['NOT_FOUND']);
      expect(
        await errorCodes(ACCEPT, { code: dossierCode }, { ...hcmc, 'x-tenant': 'hanoi' }),
      ).toEqual(['FORBIDDEN']);
      expect(await statusOf()).toBe(before);
    });

    it('lets an auditor read and change nothing', async () => {
      const auditor = await stack.staffAuth('demo.hanoi.auditor');
      const before = await statusOf();
      expect(await errorCodes(DOSSIER, { code: dossierCode }, auditor)).toEqual([]);
      expect(await errorCodes(ACCEPT, { code: dossierCode }, auditor)).toEqual(['FORBIDDEN']);
      // Operations open to any staff member are still closed to a read-only auditor.
      const ack = await gql('mutation { acknowledgeAlert(id: "x") { id } }', {}, auditor);
      expect(ack.errors?.[0]).toMatchObject({
        message: 'Auditors may not change anything',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await statusOf()).toBe(before);
    });
  });

  describe('escalation through arguments', () => {
    it('refuses a supervisor who grants itself TENANT_ADMIN, and the roles stay', async () => {
      const body = await gql(
        SAVE_STAFF,
        {
          input: {
            subject: 'demo.hanoi.supervisor',
            displayName: 'Lê Thị Hồng Nhung',
            roles: ['SUPERVISOR', 'RECEIVER', 'TENANT_ADMIN'],
            branchIds: ['hn-ba-dinh'],
          },
        },
        supervisor,
      );
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const self = (await staffSubjects()).find((s) => s.subject === 'demo.hanoi.supervisor');
      expect(self?.roles).not.toContain('TENANT_ADMIN');
      // A fresh token carries what identity holds, not what was asked for.
      const fresh = decodeJwt((await stack.platformTokens('demo.hanoi.supervisor')).access_token);
      expect(fresh.roles).not.toContain('TENANT_ADMIN');
    });

    it("refuses an administrator who acts in another tenant or hands out another tenant's units", async () => {
      const input = {
        subject: 'demo.hcmc.receiver',
        displayName: 'Võ Thị Ngọc Trâm',
        roles: ['RECEIVER', 'TENANT_ADMIN'],
        branchIds: ['hcm-trung-tam'],
      };
      expect(await errorCodes(SAVE_STAFF, { input }, { ...admin, 'x-tenant': 'hcmc' })).toEqual([
        'FORBIDDEN',
      ]);
      const foreignUnits = { ...input, subject: 'demo.hanoi.newcomer', roles: ['RECEIVER'] };
      expect(await errorCodes(SAVE_STAFF, { input: foreignUnits }, admin)).toEqual([
        'VALIDATION_FAILED',
      ]);
      const hcmcAdmin = await stack.staffAuth('demo.hcmc.admin', 'hcmc');
      const hcmcStaff = await data<{ staffMembers: { subject: string; roles: string[] }[] }>(
        STAFF,
        {},
        hcmcAdmin,
      );
      expect(hcmcStaff.staffMembers.find((s) => s.subject === 'demo.hcmc.receiver')?.roles).toEqual(
        ['RECEIVER'],
      );
    });
  });
});
