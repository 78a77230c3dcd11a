import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { ErrorCode, type RpcRequest } from '@motcua/contracts';
import {
  cancelFormAction,
  citizenAcr,
  DEMO_PASSWORD,
  DEMO_PLATFORM_CLIENT,
  DemoBrowser,
  LOGIN_FIELDS,
  loginFormAction,
  sameEndpoint,
  startLocalIdp,
  VNEID_CLAIMS,
  type LocalIdp,
} from '@motcua/local-idp';
import { Clock, FixedClock } from '@motcua/platform';
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
import { LoginHandoffEntity } from '../src/login/login-handoff.entity';
import { LoginHandoffs } from '../src/login/login-handoffs.service';
import { secretHash } from '../src/login/login-secrets';

/** The gateway's callback: the providers redirect there; the test reads it off the redirect. */
const CALLBACK_URL = 'http://127.0.0.1:9/auth/callback';
const APP_URL = 'https://app.motcua.test/signed-in';
const OTHER_APP_URL = 'http://127.0.0.1:5173/callback';
const CITIZEN = 'citizen.tran-thi-b';
const CITIZEN_PERSONAL_ID = '001190012345';
const ACR_VALUES = citizenAcr(2);

/** An app's PKCE pair (RFC 7636). */
async function pkcePair() {
  const verifier = oidc.randomPKCECodeVerifier();
  return { verifier, challenge: await oidc.calculatePKCECodeChallenge(verifier) };
}

describe('identity sign-in', () => {
  let idp: LocalIdp;
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let client: RpcTestClient;
  let handoffs: LoginHandoffs;
  const clock = new FixedClock(new Date());

  const start = (
    request: Partial<RpcRequest<'identity.login.start.v1'>> & { codeChallenge: string },
  ) =>
    client.rpc.request('identity.login.start.v1', {
      provider: 'citizen',
      callbackUrl: CALLBACK_URL,
      redirectUri: APP_URL,
      appState: 'app-state-1',
      ...request,
    });
  const complete = (callbackUrl: URL | string) =>
    client.rpc.request('identity.login.complete.v1', { callbackUrl: String(callbackUrl) });

  /**
   * A browser through the provider's login page up to the gateway callback: the authorization
   * URL, the redirects to the page, the form, the redirects back. Answers the callback URL.
   */
  async function signInAtProvider(
    authorizationUrl: string,
    fields: Record<string, string>,
  ): Promise<URL> {
    const browser = new DemoBrowser();
    const page = await browser.follow(authorizationUrl, sameEndpoint(CALLBACK_URL));
    expect(page.status).toBe(200);
    const back = await browser.follow(
      await browser.postForm(loginFormAction(page), fields),
      sameEndpoint(CALLBACK_URL),
    );
    expect(back.location).not.toBeNull();
    return back.location!;
  }

  /** A citizen's whole sign-in: start, the provider, the callback; the app's redirect and verifier. */
  async function citizenSignIn(personalId = CITIZEN_PERSONAL_ID) {
    const pkce = await pkcePair();
    const { authorizationUrl } = await start({ codeChallenge: pkce.challenge });
    const callback = await signInAtProvider(authorizationUrl, {
      [LOGIN_FIELDS.citizen]: personalId,
      [LOGIN_FIELDS.password]: DEMO_PASSWORD,
    });
    const { redirectTo } = await complete(callback);
    const redirect = new URL(redirectTo);
    return { redirect, code: redirect.searchParams.get('code') ?? '', verifier: pkce.verifier };
  }

  beforeAll(async () => {
    idp = await startLocalIdp({
      port: 0,
      realms: ['hanoi'],
      accounts: { [CITIZEN]: { name: 'Trần Thị B', personalId: CITIZEN_PERSONAL_ID } },
      clients: [{ ...DEMO_PLATFORM_CLIENT, redirectUris: [CALLBACK_URL] }],
    });
    const issuers = [
      { issuer: idp.issuers.staff.hanoi, kind: 'staff', tenant: 'hanoi', ...DEMO_PLATFORM_CLIENT },
      {
        issuer: idp.issuers.citizen,
        kind: 'citizen',
        claims: VNEID_CLAIMS,
        acrValues: ACR_VALUES,
        ...DEMO_PLATFORM_CLIENT,
      },
    ];
    db = await createTestDatabase('identity_login');
    prefix = testSubjectPrefix();
    const config = loadIdentityConfig(
      serviceTestEnv(db, prefix, {
        IDENTITY_ISSUERS: JSON.stringify(issuers),
        IDENTITY_APP_REDIRECT_URIS: `${APP_URL},${OTHER_APP_URL}`,
        IDENTITY_KEY_CHECK_SECONDS: '0',
      }),
    );
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    handoffs = app.get(LoginHandoffs);
    client = await connectRpcTestClient(prefix);
  });

  // The provider stamps its tokens with the real time; tests that need another time move the clock.
  beforeEach(() => clock.set(new Date()));

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
    await idp?.close();
  });

  describe('start', () => {
    it('answers the VNeID authorization URL with S256 PKCE, state, nonce and the configured acr_values', async () => {
      const { challenge } = await pkcePair();

      const { authorizationUrl } = await start({ codeChallenge: challenge });

      const url = new URL(authorizationUrl);
      expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuers.citizen}/auth`);
      const params = Object.fromEntries(url.searchParams);
      expect(params).toMatchObject({
        client_id: DEMO_PLATFORM_CLIENT.clientId,
        response_type: 'code',
        redirect_uri: CALLBACK_URL,
        scope: 'openid profile',
        code_challenge_method: 'S256',
        acr_values: ACR_VALUES,
      });
      // The upstream PKCE pair is identity's own, never the app's.
      expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(params.code_challenge).not.toBe(challenge);
      expect(params.state.length).toBeGreaterThanOrEqual(32);
      expect(params.nonce.length).toBeGreaterThanOrEqual(32);
    });

    it('refuses an app redirect URI that is not configured', async () => {
      const { challenge } = await pkcePair();

      await expect(
        start({ codeChallenge: challenge, redirectUri: 'https://evil.example/steal' }),
      ).rejects.toMatchObject({
        code: ErrorCode.BadRequest,
        message: expect.stringContaining('IDENTITY_APP_REDIRECT_URIS'),
      });
    });

    it('refuses a tenant without a staff sign-in', async () => {
      const { challenge } = await pkcePair();

      await expect(
        start({ codeChallenge: challenge, provider: { staffTenant: 'hcmc' } }),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('a citizen through the login page', () => {
    it('hands the app a one-time code with its state, which redeems to what VNeID asserted', async () => {
      const { redirect, code, verifier } = await citizenSignIn();

      expect(`${redirect.origin}${redirect.pathname}`).toBe(APP_URL);
      expect(redirect.searchParams.get('state')).toBe('app-state-1');
      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const identity = await handoffs.redeem(code, verifier, APP_URL);

      expect(identity.issuer).toMatchObject({ issuer: idp.issuers.citizen, kind: 'citizen' });
      expect(identity.subject).toBe(CITIZEN);
      expect(identity.claims).toMatchObject({
        iss: idp.issuers.citizen,
        sub: CITIZEN,
        aud: DEMO_PLATFORM_CLIENT.clientId,
        [VNEID_CLAIMS.personalId]: CITIZEN_PERSONAL_ID,
        [VNEID_CLAIMS.name]: 'Trần Thị B',
        [VNEID_CLAIMS.assurance]: 2,
        acr: citizenAcr(2),
      });
    });

    it('stores only the hash of the code, and no personal data once it is redeemed', async () => {
      const { code, verifier } = await citizenSignIn();
      const handoffRow = () =>
        app
          .get(DataSource)
          .getRepository(LoginHandoffEntity)
          .findOneByOrFail({ codeHash: secretHash(code) });
      expect(JSON.stringify(await handoffRow())).not.toContain(code);
      expect((await handoffRow()).claims).toMatchObject({
        [VNEID_CLAIMS.personalId]: CITIZEN_PERSONAL_ID,
      });

      await handoffs.redeem(code, verifier, APP_URL);

      expect(await handoffRow()).toMatchObject({
        subject: CITIZEN,
        claims: null,
        usedAt: clock.now(),
      });
    });

    it('refuses a wrong verifier without spending the code, then a second use', async () => {
      const { code, verifier } = await citizenSignIn();
      const other = await pkcePair();

      await expect(handoffs.redeem(code, other.verifier, APP_URL)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: expect.stringContaining('code verifier'),
      });
      await expect(handoffs.redeem(code, verifier, OTHER_APP_URL)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: expect.stringContaining('redirect URI'),
      });
      await expect(handoffs.redeem(code, verifier, APP_URL)).resolves.toMatchObject({
        subject: CITIZEN,
      });
      await expect(handoffs.redeem(code, verifier, APP_URL)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: 'The sign-in code was already used',
      });
    });

    it('redeems a code once when two redemptions race', async () => {
      const { code, verifier } = await citizenSignIn();

      const results = await Promise.allSettled([
        handoffs.redeem(code, verifier, APP_URL),
        handoffs.redeem(code, verifier, APP_URL),
      ]);

      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    });

    it('refuses a code after its minute', async () => {
      const { code, verifier } = await citizenSignIn();

      clock.advance(61_000);

      await expect(handoffs.redeem(code, verifier, APP_URL)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: 'The sign-in code has expired',
      });
    });

    it('refuses an unknown code', async () => {
      const { verifier } = await pkcePair();

      await expect(
        handoffs.redeem(randomBytes(32).toString('base64url'), verifier, APP_URL),
      ).rejects.toMatchObject({ code: ErrorCode.InvalidGrant });
    });

    it('answers no state to an app that sent none', async () => {
      const pkce = await pkcePair();
      const { authorizationUrl } = await start({
        codeChallenge: pkce.challenge,
        redirectUri: OTHER_APP_URL,
        appState: undefined,
      });
      const callback = await signInAtProvider(authorizationUrl, {
        [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      });

      const redirect = new URL((await complete(callback)).redirectTo);

      expect(`${redirect.origin}${redirect.pathname}`).toBe('http://127.0.0.1:5173/callback');
      expect(redirect.searchParams.has('state')).toBe(false);
      await expect(
        handoffs.redeem(redirect.searchParams.get('code') ?? '', pkce.verifier, OTHER_APP_URL),
      ).resolves.toMatchObject({ subject: CITIZEN });
    });
  });

  describe('complete', () => {
    it('sends the app access_denied with its state when the citizen cancels at VNeID', async () => {
      const { challenge } = await pkcePair();
      const { authorizationUrl } = await start({ codeChallenge: challenge });
      const browser = new DemoBrowser();
      const page = await browser.follow(authorizationUrl, sameEndpoint(CALLBACK_URL));
      const back = await browser.follow(
        await browser.postForm(cancelFormAction(page), {}),
        sameEndpoint(CALLBACK_URL),
      );

      const { redirectTo } = await complete(back.location!);

      const redirect = new URL(redirectTo);
      expect(`${redirect.origin}${redirect.pathname}`).toBe(APP_URL);
      expect(Object.fromEntries(redirect.searchParams)).toEqual({
        error: 'access_denied',
        state: 'app-state-1',
      });
    });

    it('refuses a callback replayed after the sign-in completed', async () => {
      const pkce = await pkcePair();
      const { authorizationUrl } = await start({ codeChallenge: pkce.challenge });
      const callback = await signInAtProvider(authorizationUrl, {
        [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      });
      await complete(callback);

      await expect(complete(callback)).rejects.toMatchObject({ code: ErrorCode.InvalidGrant });
    });

    it('refuses a callback with an unknown state or none', async () => {
      await expect(
        complete(`${CALLBACK_URL}?code=abc&state=${oidc.randomState()}`),
      ).rejects.toMatchObject({ code: ErrorCode.InvalidGrant });
      await expect(complete(`${CALLBACK_URL}?code=abc`)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
      });
    });

    it('refuses a sign-in that took longer than ten minutes', async () => {
      const { challenge } = await pkcePair();
      const { authorizationUrl } = await start({ codeChallenge: challenge });
      const callback = await signInAtProvider(authorizationUrl, {
        [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      });

      clock.advance(10 * 60_000 + 1);

      await expect(complete(callback)).rejects.toMatchObject({
        code: ErrorCode.InvalidGrant,
        message: expect.stringContaining('expired'),
      });
    });
  });

  describe('staff', () => {
    it("sign in at their tenant's realm with username and password", async () => {
      const pkce = await pkcePair();
      const { authorizationUrl } = await start({
        codeChallenge: pkce.challenge,
        provider: { staffTenant: 'hanoi' },
      });
      expect(authorizationUrl.startsWith(`${idp.issuers.staff.hanoi}/auth?`)).toBe(true);
      expect(new URL(authorizationUrl).searchParams.has('acr_values')).toBe(false);
      const callback = await signInAtProvider(authorizationUrl, {
        [LOGIN_FIELDS.staff]: 'demo.hanoi.receiver',
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      });
      const redirect = new URL((await complete(callback)).redirectTo);

      const identity = await handoffs.redeem(
        redirect.searchParams.get('code') ?? '',
        pkce.verifier,
        APP_URL,
      );

      expect(identity.issuer).toMatchObject({ kind: 'staff', tenant: 'hanoi' });
      expect(identity.subject).toBe('demo.hanoi.receiver');
      expect(identity.claims).toMatchObject({ preferred_username: 'demo.hanoi.receiver' });
    });
  });
});
