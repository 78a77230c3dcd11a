import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyResult,
} from 'jose';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  PLATFORM_TOKEN_AUDIENCE,
  platformTokenClaimsSchema,
  type TokenGrant,
} from '@motcua/contracts';
import { fetchDemoToken, startLocalIdp, VNEID_CLAIMS, type LocalIdp } from '@motcua/local-idp';
import { Clock, FixedClock, pendingSchemaChanges } from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { ApiClientsRepository } from '../src/clients/api-clients.repository';
import { hashSecret } from '../src/clients/client-secret';
import { loadIdentityConfig } from '../src/config/identity.config';
import { KeyRing } from '../src/keys/key-ring.service';
import { SigningKeyEntity } from '../src/keys/signing-key.entity';
import { PersonLoginEntity } from '../src/people/person-login.entity';
import { PersonEntity } from '../src/people/person.entity';
import { DEMO_STAFF } from '../src/seed/demo-staff';
import { StaffEntity } from '../src/staff/staff.entity';
import { RefreshTokenEntity } from '../src/tokens/refresh-token.entity';
import { TokenHousekeeping } from '../src/tokens/token-housekeeping.scheduler';

const PLATFORM_ISSUER = 'urn:motcua:platform';
const CITIZEN = 'citizen.tran-thi-b';
/** A second e-ID account of the same person (same personal ID). */
const CITIZEN_SECOND_ACCOUNT = 'citizen.tran-thi-b.2';
const CITIZEN_PERSONAL_ID = '001190012345';
/** An account whose e-ID asserts a personal ID of no province (003 is not a province code). */
const CITIZEN_BAD_ID = 'citizen.bad-id';
/** Configured, but nothing listens there (port 1 refuses connections). */
const UNREACHABLE_ISSUER = 'http://127.0.0.1:1/vneid';
const DAY_MS = 24 * 3600 * 1000;
const ACCESS_TTL_S = 600;
const TOLERANCE_S = 30;

/** The token with one character in the middle of its signature changed. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const at = Math.floor(signature.length / 2);
  const swapped = signature[at] === 'A' ? 'B' : 'A';
  return [header, payload, `${signature.slice(0, at)}${swapped}${signature.slice(at + 1)}`].join(
    '.',
  );
}

interface Identity {
  app: INestApplication;
  close(): Promise<void>;
}

async function startIdentity(env: Record<string, string>, clock: Clock): Promise<Identity> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(loadIdentityConfig(env))],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter());
  await app.init();
  return { app, close: () => app.close() };
}

describe('identity token service', () => {
  let idp: LocalIdp;
  /** A second provider: one realm configured for another audience, its VNeID not configured. */
  let otherIdp: LocalIdp;
  let db: TestDatabase;
  let prefix: string;
  let identity: Identity;
  let client: RpcTestClient;
  let dataSource: DataSource;
  const clock = new FixedClock(new Date());

  const issue = (grant: TokenGrant) => client.rpc.request('identity.token.issue.v1', { grant });
  const exchange = async (issuer: string, username: string) => {
    const { accessToken } = await fetchDemoToken({ issuer, username });
    return issue({ grantType: 'token_exchange', subjectToken: accessToken });
  };
  const refresh = (refreshToken: string) => issue({ grantType: 'refresh_token', refreshToken });
  const jwks = () => client.rpc.request('identity.keys.list.v1', {});
  /** Verifies a platform token as the gateway will: the JWKS, the platform issuer and audience. */
  const verify = async (token: string): Promise<JWTVerifyResult<JWTPayload>> =>
    jwtVerify(token, createLocalJWKSet(await jwks()), {
      issuer: PLATFORM_ISSUER,
      audience: PLATFORM_TOKEN_AUDIENCE,
      algorithms: ['ES256'],
      typ: 'at+jwt',
      currentDate: clock.now(),
    });

  beforeAll(async () => {
    idp = await startLocalIdp({
      port: 0,
      realms: ['hanoi', 'hcmc'],
      autoLogin: true,
      accounts: {
        [CITIZEN]: { name: 'Trần Thị B', personalId: CITIZEN_PERSONAL_ID },
        [CITIZEN_SECOND_ACCOUNT]: { name: 'Trần Thị B', personalId: CITIZEN_PERSONAL_ID },
        [CITIZEN_BAD_ID]: { name: 'Không Hợp Lệ', personalId: '003190012345' },
      },
    });
    otherIdp = await startLocalIdp({ port: 0, realms: ['quang-ninh'], autoLogin: true });
    const issuers = [
      { issuer: idp.issuers.staff.hanoi, kind: 'staff', tenant: 'hanoi' },
      { issuer: idp.issuers.staff.hcmc, kind: 'staff', tenant: 'hcmc' },
      { issuer: idp.issuers.citizen, kind: 'citizen', claims: VNEID_CLAIMS },
      {
        issuer: otherIdp.issuers.staff['quang-ninh'],
        kind: 'staff',
        tenant: 'quang-ninh',
        audience: 'motcua-admin-api',
      },
      { issuer: UNREACHABLE_ISSUER, kind: 'citizen' },
    ];
    db = await createTestDatabase('identity');
    prefix = testSubjectPrefix();
    identity = await startIdentity(
      serviceTestEnv(db, prefix, {
        MOTCUA_DEMO_SEED: 'true',
        IDENTITY_ISSUERS: JSON.stringify(issuers),
        IDENTITY_ACCESS_TOKEN_TTL_S: String(ACCESS_TTL_S),
        IDENTITY_CLOCK_TOLERANCE_S: String(TOLERANCE_S),
        // Tests check and rotate the keys themselves, at the times they set.
        IDENTITY_KEY_CHECK_SECONDS: '0',
        // Long enough to refresh across a key rotation (the staff default stays 8 h).
        IDENTITY_CITIZEN_REFRESH_TOKEN_TTL_S: String(90 * 24 * 3600),
      }),
      clock,
    );
    dataSource = identity.app.get(DataSource);
    client = await connectRpcTestClient(prefix);
  });

  // The IdP stamps tokens with the real time; tests that need another time set the clock.
  beforeEach(() => clock.set(new Date()));

  afterAll(async () => {
    await client?.close();
    await identity?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
    await idp?.close();
    await otherIdp?.close();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  describe('token exchange', () => {
    it('issues a hanoi receiver a platform token with their tenant, roles and branches, and a refresh token', async () => {
      const response = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.receiver');

      expect(response).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: ACCESS_TTL_S,
        refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      const { payload, protectedHeader } = await verify(response.accessToken);
      const receiver = DEMO_STAFF.find((m) => m.subject === 'demo.hanoi.receiver')!;
      expect(protectedHeader).toEqual({ alg: 'ES256', kid: expect.any(String), typ: 'at+jwt' });
      expect(payload).toEqual({
        iss: PLATFORM_ISSUER,
        aud: PLATFORM_TOKEN_AUDIENCE,
        sub: 'demo.hanoi.receiver',
        iat: Math.floor(clock.now().getTime() / 1000),
        exp: Math.floor(clock.now().getTime() / 1000) + ACCESS_TTL_S,
        jti: expect.any(String),
        kind: 'STAFF',
        tenant: 'hanoi',
        name: receiver.displayName,
        roles: ['RECEIVER'],
        branches: receiver.branchIds,
        agencies: [],
      });
      expect(receiver.branchIds.length).toBeGreaterThan(0);
      expect(platformTokenClaimsSchema.safeParse(payload).success).toBe(true);
    });

    it('issues a citizen a token for their person with personal ID and assurance level, and keeps only a masked ID', async () => {
      const response = await exchange(idp.issuers.citizen, CITIZEN);

      const { payload } = await verify(response.accessToken);
      expect(payload).toMatchObject({
        kind: 'CITIZEN',
        tenant: '',
        name: 'Trần Thị B',
        roles: [],
        pid: CITIZEN_PERSONAL_ID,
        acr: 2, // the local IdP's CITIZEN_ACR
      });
      const person = await dataSource.getRepository(PersonEntity).findOneByOrFail({
        id: payload.sub,
      });
      expect(person).toMatchObject({
        displayName: 'Trần Thị B',
        personalIdMasked: '*********345',
        assurance: 2,
      });
      const stored = JSON.stringify([
        await dataSource.getRepository(PersonEntity).find(),
        await dataSource.getRepository(PersonLoginEntity).find(),
        await dataSource.getRepository(RefreshTokenEntity).find(),
      ]);
      expect(stored).not.toContain(CITIZEN_PERSONAL_ID);
    });

    it('maps two e-ID accounts with the same personal ID to the same person', async () => {
      const first = await verify((await exchange(idp.issuers.citizen, CITIZEN)).accessToken);
      const second = await verify(
        (await exchange(idp.issuers.citizen, CITIZEN_SECOND_ACCOUNT)).accessToken,
      );

      expect(second.payload.sub).toBe(first.payload.sub);
      const logins = await dataSource
        .getRepository(PersonLoginEntity)
        .findBy({ personId: first.payload.sub });
      expect(logins.map((l) => l.subject).sort()).toEqual([CITIZEN, CITIZEN_SECOND_ACCOUNT]);
    });

    it('answers UNAUTHENTICATED when the e-ID asserts an invalid personal ID', async () => {
      await expect(exchange(idp.issuers.citizen, CITIZEN_BAD_ID)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: "The citizen token's personal ID is invalid: unknown province code 003",
      });
    });

    it('answers FORBIDDEN when the realm of the token has no such staff member', async () => {
      await expect(exchange(idp.issuers.staff.hcmc, 'demo.hanoi.receiver')).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'demo.hanoi.receiver is not a staff member of tenant hcmc',
      });
    });

    it('answers UNAUTHENTICATED when the upstream signature was tampered with', async () => {
      const { accessToken } = await fetchDemoToken({
        issuer: idp.issuers.staff.hanoi,
        username: 'demo.hanoi.handler',
      });

      await expect(
        issue({ grantType: 'token_exchange', subjectToken: tamper(accessToken) }),
      ).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token signature is invalid',
      });
    });

    it('answers UNAUTHENTICATED when the upstream token is meant for another audience', async () => {
      await expect(
        exchange(otherIdp.issuers.staff['quang-ninh'], 'demo.quang-ninh.admin'),
      ).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token is not meant for this audience',
      });
    });

    it('answers UNAUTHENTICATED for an untrusted issuer, a forged HS256 token or a platform token', async () => {
      await expect(exchange(otherIdp.issuers.citizen, CITIZEN)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token comes from an issuer motcua does not trust',
      });
      const forged = await new SignJWT({ name: 'Mạo Danh' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(idp.issuers.staff.hanoi)
        .setAudience('motcua-gateway')
        .setSubject('demo.hanoi.admin')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('a-secret-anyone-could-guess-0123456789'));
      await expect(
        issue({ grantType: 'token_exchange', subjectToken: forged }),
      ).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token is signed with an algorithm that is not accepted',
      });
      // Platform tokens are not upstream tokens: exchanging one for another is refused.
      const platform = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.admin');
      await expect(
        issue({ grantType: 'token_exchange', subjectToken: platform.accessToken }),
      ).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
    });

    it('answers SERVICE_UNAVAILABLE when the upstream issuer cannot be reached', async () => {
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(UNREACHABLE_ISSUER)
        .setAudience('motcua-gateway')
        .setSubject(CITIZEN)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('not-verified-before-the-keys-are-known-0123'));

      await expect(
        issue({ grantType: 'token_exchange', subjectToken: token }),
      ).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    });

    it('answers UNAUTHENTICATED when the upstream token has expired', async () => {
      const { accessToken } = await fetchDemoToken({
        issuer: idp.issuers.staff.hanoi,
        username: 'demo.hanoi.supervisor',
      });
      clock.advance(2 * 3600 * 1000);

      await expect(
        issue({ grantType: 'token_exchange', subjectToken: accessToken }),
      ).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token has expired',
      });
    });
  });

  describe('refresh tokens', () => {
    const staff = () => dataSource.getRepository(StaffEntity);
    const tokenRows = () => dataSource.getRepository(RefreshTokenEntity);

    it('rotate: a new pair in the same family, with the staff member read again', async () => {
      const first = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.supervisor');
      await staff().update(
        { tenantId: 'hanoi', subject: 'demo.hanoi.supervisor' },
        { roles: ['SUPERVISOR', 'AUDITOR'], agencyCodes: ['hn-so-tu-phap'] },
      );
      clock.advance(60_000);

      const second = await refresh(first.refreshToken!);

      expect(second.refreshToken).toBeDefined();
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).not.toBe(first.accessToken);
      const { payload } = await verify(second.accessToken);
      expect(payload).toMatchObject({
        sub: 'demo.hanoi.supervisor',
        roles: ['SUPERVISOR', 'AUDITOR'],
        agencies: ['hn-so-tu-phap'],
      });
      const rows = await tokenRows().find({ order: { issuedAt: 'ASC' } });
      const family = rows.filter((r) => r.subject === 'demo.hanoi.supervisor');
      expect(family).toHaveLength(2);
      expect(family[1].familyId).toBe(family[0].familyId);
      expect(family[0].usedAt).not.toBeNull();
      expect(family[1].usedAt).toBeNull();
    });

    it('revoke the whole family when a used refresh token is presented again', async () => {
      const first = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.handler');
      const second = await refresh(first.refreshToken!);

      await expect(refresh(first.refreshToken!)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: 'The refresh token was already used: sign in again',
      });
      // The thief replayed the old one; the legitimate newer one dies with its family.
      await expect(refresh(second.refreshToken!)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
      });
    });

    it('keep a citizen’s personal ID and assurance level across a refresh', async () => {
      const first = await exchange(idp.issuers.citizen, CITIZEN);

      const second = await refresh(first.refreshToken!);

      const before = (await verify(first.accessToken)).payload;
      const after = (await verify(second.accessToken)).payload;
      expect(after).toMatchObject({
        kind: 'CITIZEN',
        sub: before.sub,
        pid: CITIZEN_PERSONAL_ID,
        acr: 2,
        name: 'Trần Thị B',
      });
    });

    it('are refused, with their family, once the staff member is deactivated', async () => {
      const first = await exchange(idp.issuers.staff.hcmc, 'demo.hcmc.handler');
      await staff().update({ tenantId: 'hcmc', subject: 'demo.hcmc.handler' }, { active: false });
      try {
        await expect(refresh(first.refreshToken!)).rejects.toMatchObject({
          code: ErrorCode.InvalidGrant,
          message: 'Staff member demo.hcmc.handler of tenant hcmc is deactivated',
        });
        await expect(exchange(idp.issuers.staff.hcmc, 'demo.hcmc.handler')).rejects.toMatchObject({
          code: ErrorCode.Forbidden,
          message: expect.stringMatching(/deactivated/),
        });
        const family = await tokenRows().findBy({ subject: 'demo.hcmc.handler' });
        expect(family.every((r) => r.revokedAt !== null)).toBe(true);
      } finally {
        await staff().update({ tenantId: 'hcmc', subject: 'demo.hcmc.handler' }, { active: true });
      }
    });

    it('expire after the staff refresh lifetime (8 h by default)', async () => {
      const first = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.admin');
      clock.advance(8 * 3600 * 1000);

      await expect(refresh(first.refreshToken!)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: 'The refresh token is unknown or has expired',
      });
    });

    it('are refused when unknown', async () => {
      await expect(refresh('x'.repeat(43))).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
      });
    });

    it('revoke: signs the family out; an unknown token is no error', async () => {
      const first = await exchange(idp.issuers.staff.hanoi, 'demo.hanoi.land-officer');
      const second = await refresh(first.refreshToken!);

      await expect(
        client.rpc.request('identity.token.revoke.v1', { refreshToken: first.refreshToken! }),
      ).resolves.toEqual({ revoked: true });
      await expect(refresh(second.refreshToken!)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
      });
      await expect(
        client.rpc.request('identity.token.revoke.v1', { refreshToken: 'never-issued-token' }),
      ).resolves.toEqual({ revoked: false });
    });
  });

  describe('other grants', () => {
    it('client credentials: an integrator token with its tenant and scopes, and no refresh token', async () => {
      const clientSecret = 'integrator-secret-of-the-national-portal-0001';
      await identity.app.get(ApiClientsRepository).insert({
        tenantId: 'hanoi',
        clientId: 'mc_test-national-portal',
        name: 'Cổng Dịch vụ công quốc gia',
        scopes: ['dossier:read', 'dossier:submit'],
        secretHash: await hashSecret(clientSecret),
        previousSecretHash: null,
        previousSecretValidUntil: null,
        secretRotatedAt: clock.now(),
        active: true,
        createdAt: clock.now(),
        createdBy: 'demo.hanoi.admin',
      });

      const response = await issue({
        grantType: 'client_credentials',
        clientId: 'mc_test-national-portal',
        clientSecret,
      });

      expect(response).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: ACCESS_TTL_S,
        scope: 'dossier:read dossier:submit',
      });
      expect((await verify(response.accessToken)).payload).toMatchObject({
        sub: 'mc_test-national-portal',
        kind: 'INTEGRATOR',
        tenant: 'hanoi',
        name: 'Cổng Dịch vụ công quốc gia',
        roles: [],
        scope: 'dossier:read dossier:submit',
      });
      await expect(
        issue({
          grantType: 'client_credentials',
          clientId: 'mc_test-national-portal',
          clientSecret: 'wrong',
        }),
      ).rejects.toMatchObject({ code: ErrorCode.InvalidGrant });
    });

    it('authorization code: an unknown sign-in code is INVALID_GRANT', async () => {
      await expect(
        issue({
          grantType: 'authorization_code',
          code: 'an-unknown-one-time-code-0000000',
          codeVerifier: 'v'.repeat(43),
          redirectUri: 'http://127.0.0.1/callback',
        }),
      ).rejects.toMatchObject({ code: ErrorCode.InvalidGrant });
    });
  });

  // Last: it moves the key ring a month ahead.
  describe('signing keys', () => {
    const keyRows = () =>
      dataSource.getRepository(SigningKeyEntity).find({ order: { signsFrom: 'ASC' } });
    const kids = async () => (await jwks()).keys.map((k) => k.kid);
    const check = () => identity.app.get(TokenHousekeeping).run();

    it('publishes the signing key and the next one, as public EC keys only', async () => {
      const { keys } = await jwks();

      expect(keys).toHaveLength(2);
      for (const key of keys) {
        expect(key).toEqual({
          kty: 'EC',
          crv: 'P-256',
          x: expect.any(String),
          y: expect.any(String),
          kid: expect.any(String),
          alg: 'ES256',
          use: 'sig',
        });
      }
    });

    it('rotate: the next key signs after the rotation period; the old one stays published until its tokens expired', async () => {
      const [current, next] = await keyRows();
      expect(next.signsFrom.getTime() - current.signsFrom.getTime()).toBe(30 * DAY_MS);
      // A citizen session spans the rotation (its refresh token lives 90 days here).
      let session = await exchange(idp.issuers.citizen, CITIZEN);
      const rotation = next.signsFrom.getTime();

      clock.set(new Date(rotation - 60_000));
      session = await refresh(session.refreshToken!);
      const beforeRotation = session.accessToken;
      expect(decodeProtectedHeader(beforeRotation).kid).toBe(current.kid);

      clock.set(new Date(rotation + 1000));
      await check();
      session = await refresh(session.refreshToken!);
      expect(decodeProtectedHeader(session.accessToken).kid).toBe(next.kid);
      await expect(verify(session.accessToken)).resolves.toBeDefined();
      // The token signed a minute before the rotation still verifies, so its key is published.
      await expect(verify(beforeRotation)).resolves.toBeDefined();
      const published = await kids();
      expect(published).toHaveLength(3);
      expect(published.slice(0, 2)).toEqual([current.kid, next.kid]);
      const newNext = (await keyRows())[2];
      expect(newNext.signsFrom.getTime()).toBe(rotation + 30 * DAY_MS);

      // Until the last token of the old key has expired (plus the clock tolerance)…
      const retiredAt = rotation + (ACCESS_TTL_S + TOLERANCE_S) * 1000;
      clock.set(new Date(retiredAt - 1000));
      await check();
      expect(await kids()).toContain(current.kid);

      // …then it is gone from the JWKS and the table.
      clock.set(new Date(retiredAt));
      await check();
      expect(await kids()).toEqual([next.kid, newNext.kid]);
      expect((await keyRows()).map((k) => k.kid)).toEqual([next.kid, newNext.kid]);
    });
  });
});

describe('identity replicas', () => {
  it('agree on one signing key and one next key when they check an empty key ring at once', async () => {
    const db = await createTestDatabase('identity_replicas');
    const prefix = testSubjectPrefix();
    const clock = new FixedClock(new Date());
    const env = serviceTestEnv(db, prefix, {
      IDENTITY_ISSUERS: JSON.stringify([{ issuer: 'http://127.0.0.1:1/vneid', kind: 'citizen' }]),
      IDENTITY_KEY_CHECK_SECONDS: '0',
    });
    const replicas: Identity[] = [];
    try {
      for (let i = 0; i < 3; i += 1) replicas.push(await startIdentity(env, clock));
      const keys = replicas[0].app.get(DataSource).getRepository(SigningKeyEntity);
      expect(await keys.count()).toBe(2);
      // As if they all started on an empty database at the same moment.
      await keys.clear();

      await Promise.all(replicas.map((replica) => replica.app.get(KeyRing).check()));

      const ring = await keys.find({ order: { signsFrom: 'ASC' } });
      expect(ring).toHaveLength(2);
      expect(ring[1].signsFrom.getTime() - ring[0].signsFrom.getTime()).toBe(30 * DAY_MS);
      for (const replica of replicas) {
        const published = await replica.app.get(KeyRing).publishedKeys();
        expect(published.map((k) => k.kid)).toEqual(ring.map((k) => k.kid));
      }
    } finally {
      for (const replica of replicas) await replica.close();
      await deleteTestStreams(prefix);
      await db.drop();
    }
  });
});
