import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { decodeJwt, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@motcua/contracts';
import { CITIZEN_ACR, fetchDemoToken, startLocalIdp, type LocalIdp } from '@motcua/local-idp';
import { Clock, ConfigError, FixedClock, pendingSchemaChanges } from '@motcua/platform';
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
import { loadIdentityConfig } from '../src/config/identity.config';
import { PersonEntity } from '../src/people/person.entity';
import { DemoSeeder } from '../src/seed/demo-seeder.service';
import { DEMO_STAFF } from '../src/seed/demo-staff';
import { StaffEntity } from '../src/staff/staff.entity';

const CITIZEN = 'citizen.tran-thi-b';
const CITIZEN_PERSONAL_ID = '001190012345';
/** Configured, but nothing listens there (port 1 refuses connections). */
const UNREACHABLE_ISSUER = 'http://127.0.0.1:1/vneid';

/** The token with one character in the middle of its signature changed. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const at = Math.floor(signature.length / 2);
  const swapped = signature[at] === 'A' ? 'B' : 'A';
  return [header, payload, `${signature.slice(0, at)}${swapped}${signature.slice(at + 1)}`].join(
    '.',
  );
}

describe('identity service', () => {
  let idp: LocalIdp;
  /** A second provider: one realm configured for another audience, its VNeID not configured. */
  let otherIdp: LocalIdp;
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let client: RpcTestClient;
  const clock = new FixedClock(new Date());

  const resolve = (token: string, tenant?: string) =>
    client.rpc.request('identity.principal.resolve.v1', { token }, { tenant });

  beforeAll(async () => {
    idp = await startLocalIdp({
      port: 0,
      realms: ['hanoi', 'hcmc'],
      accounts: { [CITIZEN]: { name: 'Trần Thị B', personalId: CITIZEN_PERSONAL_ID } },
    });
    otherIdp = await startLocalIdp({ port: 0, realms: ['quang-ninh'] });
    const issuers = [
      { issuer: idp.issuers.staff.hanoi, kind: 'staff', tenant: 'hanoi' },
      { issuer: idp.issuers.staff.hcmc, kind: 'staff', tenant: 'hcmc' },
      { issuer: idp.issuers.citizen, kind: 'citizen' },
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
    const config = loadIdentityConfig(
      serviceTestEnv(db, prefix, {
        MOTCUA_DEMO_SEED: 'true',
        IDENTITY_ISSUERS: JSON.stringify(issuers),
      }),
    );
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    client = await connectRpcTestClient(prefix);
  });

  // The IdP stamps tokens with the real time; tests that need another time set the clock.
  beforeEach(() => clock.set(new Date()));

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
    await idp?.close();
    await otherIdp?.close();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(app.get(DataSource))).toEqual([]);
  });

  it('resolves a hanoi realm token to the hanoi receiver with their branch', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: idp.issuers.staff.hanoi,
      username: 'demo.hanoi.receiver',
    });

    const principal = await resolve(accessToken, 'hcmc');

    expect(principal).toEqual({
      kind: 'STAFF',
      issuer: idp.issuers.staff.hanoi,
      subject: 'demo.hanoi.receiver',
      tenant: 'hanoi', // from the issuer, whatever tenant the request names
      displayName: 'Nguyễn Thị Thu Hà',
      roles: ['RECEIVER'],
      branchId: 'hn-ba-dinh',
      agencyCode: null,
      expiresAt: decodeJwt(accessToken).exp,
    });
  });

  it('resolves a VNeID token to a citizen of the requested tenant and records only a masked personal ID', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: idp.issuers.citizen,
      username: CITIZEN,
    });

    const principal = await resolve(accessToken, 'hanoi');

    expect(principal).toMatchObject({
      kind: 'CITIZEN',
      issuer: idp.issuers.citizen,
      subject: CITIZEN,
      tenant: 'hanoi',
      displayName: 'Trần Thị B',
      roles: [],
      branchId: null,
      agencyCode: null,
    });
    // Cached now, yet the tenant still follows the request.
    await expect(resolve(accessToken)).resolves.toMatchObject({ kind: 'CITIZEN', tenant: '' });
    const person = await app
      .get(DataSource)
      .getRepository(PersonEntity)
      .findOneByOrFail({ issuer: idp.issuers.citizen, subject: CITIZEN });
    expect(person).toMatchObject({
      displayName: 'Trần Thị B',
      personalIdMasked: '*********345',
      assurance: CITIZEN_ACR,
    });
    expect(JSON.stringify(person)).not.toContain(CITIZEN_PERSONAL_ID);
  });

  it('answers FORBIDDEN when the realm of the token has no such staff member', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: idp.issuers.staff.hcmc,
      username: 'demo.hanoi.receiver',
    });

    await expect(resolve(accessToken)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
      message: 'demo.hanoi.receiver is not a staff member of tenant hcmc',
    });
  });

  it('answers FORBIDDEN when the staff member is deactivated', async () => {
    await app
      .get(DataSource)
      .getRepository(StaffEntity)
      .update({ tenantId: 'hcmc', subject: 'demo.hcmc.handler' }, { active: false });
    const { accessToken } = await fetchDemoToken({
      issuer: idp.issuers.staff.hcmc,
      username: 'demo.hcmc.handler',
    });

    await expect(resolve(accessToken)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
      message: expect.stringMatching(/deactivated/),
    });
  });

  it('answers UNAUTHENTICATED when the signature was tampered with', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: idp.issuers.staff.hanoi,
      username: 'demo.hanoi.handler',
    });

    await expect(resolve(tamper(accessToken))).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      message: 'The access token signature is invalid',
    });
  });

  it('answers UNAUTHENTICATED when the token is meant for another audience', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: otherIdp.issuers.staff['quang-ninh'],
      username: 'demo.quang-ninh.admin',
    });

    await expect(resolve(accessToken)).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      message: 'The access token is not meant for this audience',
    });
  });

  it('answers UNAUTHENTICATED when the issuer is not configured or the token is no JWT', async () => {
    const { accessToken } = await fetchDemoToken({
      issuer: otherIdp.issuers.citizen,
      username: CITIZEN,
    });

    await expect(resolve(accessToken)).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      message: 'The access token comes from an issuer motcua does not trust',
    });
    await expect(resolve('definitely-not-a-jwt')).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
    });
  });

  it('answers UNAUTHENTICATED when the token is signed with a shared secret (HS256)', async () => {
    const forged = await new SignJWT({ name: 'Mạo Danh' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(idp.issuers.staff.hanoi)
      .setAudience('motcua-gateway')
      .setSubject('demo.hanoi.admin')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-anyone-could-guess-0123456789'));

    await expect(resolve(forged)).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      message: 'The access token is signed with an algorithm that is not accepted',
    });
  });

  it('answers SERVICE_UNAVAILABLE when the issuer of the token cannot be reached', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(UNREACHABLE_ISSUER)
      .setAudience('motcua-gateway')
      .setSubject(CITIZEN)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('not-verified-before-the-keys-are-known-0123'));

    await expect(resolve(token)).rejects.toMatchObject({ code: ErrorCode.Unavailable });
  });

  it('answers UNAUTHENTICATED when the token has expired, cached or not', async () => {
    const issuer = idp.issuers.staff.hanoi;
    const cached = (await fetchDemoToken({ issuer, username: 'demo.hanoi.supervisor' }))
      .accessToken;
    const fresh = (await fetchDemoToken({ issuer, username: 'demo.hanoi.admin' })).accessToken;
    await expect(resolve(cached)).resolves.toMatchObject({ roles: ['SUPERVISOR', 'RECEIVER'] });

    const exp = Math.max(decodeJwt(cached).exp!, decodeJwt(fresh).exp!);
    clock.set(new Date((exp + 600) * 1000));

    for (const token of [cached, fresh]) {
      await expect(resolve(token)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token has expired',
      });
    }
  });

  it('loads the demo staff idempotently', async () => {
    const staff = app.get(DataSource).getRepository(StaffEntity);
    const before = await staff.find({ order: { tenantId: 'ASC', subject: 'ASC' } });
    await app.get(DemoSeeder).seed();
    const after = await staff.find({ order: { tenantId: 'ASC', subject: 'ASC' } });
    expect(before).toHaveLength(DEMO_STAFF.length);
    // The seed re-activates demo accounts, so compare the untouched ones only.
    const untouched = (rows: StaffEntity[]) =>
      rows.filter((r) => r.subject !== 'demo.hcmc.handler');
    expect(untouched(after)).toEqual(untouched(before));
  });
});

describe(loadIdentityConfig.name, () => {
  const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/motcua' };

  it('throws a ConfigError naming IDENTITY_ISSUERS when it is not JSON', () => {
    const load = () => loadIdentityConfig({ ...base, IDENTITY_ISSUERS: '{not json' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/IDENTITY_ISSUERS: not JSON/);
  });

  it('throws a ConfigError naming the entry when a staff issuer has no tenant', () => {
    const issuers = JSON.stringify([
      { issuer: 'https://sso.example.vn/realms/hanoi', kind: 'staff' },
    ]);
    const load = () => loadIdentityConfig({ ...base, IDENTITY_ISSUERS: issuers });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/IDENTITY_ISSUERS\.0\.tenant: required for staff issuers/);
  });
});
