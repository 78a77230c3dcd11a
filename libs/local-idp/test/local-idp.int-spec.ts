import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import * as client from 'openid-client';

import {
  cancelFormAction,
  CITIZEN_ACR,
  citizenAcr,
  DEMO_CLIENT,
  DEMO_PASSWORD,
  DemoBrowser,
  derivePersonalId,
  fetchDemoToken,
  GATEWAY_AUDIENCE,
  LOGIN_FIELDS,
  loginFormAction,
  sameEndpoint,
  startLocalIdp,
  VNEID_CLAIMS,
  type LocalIdp,
} from '@motcua/local-idp';

const CITIZEN = 'citizen.tran-thi-b';
const CITIZEN_PERSONAL_ID = '001190012345';
const LEVEL_1_CITIZEN = 'citizen.le-van-c';
const LEVEL_1_PERSONAL_ID = '079095001234';
const ACCOUNTS = {
  'demo.hanoi.receiver': { name: 'Nguyễn Văn Tiếp Nhận' },
  'demo.hanoi.secret': { name: 'Cán bộ có mật khẩu riêng', password: 'mat-khau-rieng' },
  [CITIZEN]: { name: 'Trần Thị B', personalId: CITIZEN_PERSONAL_ID },
  [LEVEL_1_CITIZEN]: { name: 'Lê Văn C', personalId: LEVEL_1_PERSONAL_ID, assurance: 1 as const },
};

async function jwksUriOf(issuer: string): Promise<URL> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  const metadata = (await response.json()) as { issuer: string; jwks_uri: string };
  expect(metadata.issuer).toBe(issuer);
  return new URL(metadata.jwks_uri);
}

/** An authorization request of the demo client, as a relying party would make it. */
async function authorizationRequest(issuer: string, loginHint?: string) {
  const config = await client.discovery(
    new URL(issuer),
    DEMO_CLIENT.clientId,
    undefined,
    client.ClientSecretBasic(DEMO_CLIENT.clientSecret),
    { execute: [client.allowInsecureRequests] },
  );
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: DEMO_CLIENT.redirectUri,
    scope: 'openid profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    ...(loginHint === undefined ? {} : { login_hint: loginHint }),
  });
  const exchange = (callback: URL) =>
    client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: codeVerifier,
      expectedState: state,
      idTokenExpected: true,
    });
  return { url, exchange };
}

const atRedirectUri = sameEndpoint(DEMO_CLIENT.redirectUri);

describe(startLocalIdp.name, () => {
  /** Signs login hints in without the page, as scripts and fetchDemoToken need. */
  let idp: LocalIdp;
  /** The default: every sign-in goes through the login page. */
  let pageIdp: LocalIdp;

  beforeAll(async () => {
    idp = await startLocalIdp({
      port: 0,
      realms: ['hanoi', 'hcmc'],
      accounts: ACCOUNTS,
      autoLogin: true,
    });
    pageIdp = await startLocalIdp({ port: 0, realms: ['hanoi'], accounts: ACCOUNTS });
  });

  afterAll(async () => {
    await idp?.close();
    await pageIdp?.close();
  });

  it('publishes one issuer per realm and one for VNeID on the real port', () => {
    const port = new URL(idp.url).port;
    expect(port).not.toBe('0');
    expect(idp.issuers.staff).toEqual({
      hanoi: `http://127.0.0.1:${port}/realms/hanoi`,
      hcmc: `http://127.0.0.1:${port}/realms/hcmc`,
    });
    expect(idp.issuers.citizen).toBe(`http://127.0.0.1:${port}/vneid`);
  });

  describe('with autoLogin', () => {
    it('issues a staff access token that verifies against the realm JWKS', async () => {
      const issuer = idp.issuers.staff.hanoi;
      const token = await fetchDemoToken({ issuer, username: 'demo.hanoi.receiver' });

      const jwks = createRemoteJWKSet(await jwksUriOf(issuer));
      const { payload, protectedHeader } = await jwtVerify(token.accessToken, jwks, {
        issuer,
        audience: GATEWAY_AUDIENCE,
      });

      expect(protectedHeader.alg).toBe('RS256');
      expect(payload).toMatchObject({
        iss: issuer,
        sub: 'demo.hanoi.receiver',
        aud: GATEWAY_AUDIENCE,
        name: 'Nguyễn Văn Tiếp Nhận',
        preferred_username: 'demo.hanoi.receiver',
      });
      expect(token.expiresIn).toBeGreaterThan(0);
      expect(decodeJwt(token.idToken ?? '')).toMatchObject({ sub: 'demo.hanoi.receiver' });
    });

    it('issues tokens of one realm that do not verify as another realm', async () => {
      const hanoi = idp.issuers.staff.hanoi;
      const token = await fetchDemoToken({
        issuer: idp.issuers.staff.hcmc,
        username: 'demo.hcmc.receiver',
      });

      const hanoiJwks = createRemoteJWKSet(await jwksUriOf(hanoi));
      await expect(jwtVerify(token.accessToken, hanoiJwks)).rejects.toThrow();
      await expect(
        jwtVerify(token.accessToken, hanoiJwks, { issuer: hanoi, audience: GATEWAY_AUDIENCE }),
      ).rejects.toThrow();
    });

    it('issues a citizen token from the VNeID stand-in with VNeID claim names', async () => {
      const issuer = idp.issuers.citizen;
      const token = await fetchDemoToken({ issuer, username: 'citizen.nguyen-van-a' });

      const { payload } = await jwtVerify(
        token.accessToken,
        createRemoteJWKSet(await jwksUriOf(issuer)),
        { issuer, audience: GATEWAY_AUDIENCE },
      );

      const expected = {
        sub: 'citizen.nguyen-van-a',
        [VNEID_CLAIMS.personalId]: derivePersonalId('citizen.nguyen-van-a'),
        [VNEID_CLAIMS.name]: 'citizen.nguyen-van-a',
        [VNEID_CLAIMS.assurance]: 2,
        acr: CITIZEN_ACR,
      };
      expect(payload).toMatchObject(expected);
      expect(payload[VNEID_CLAIMS.personalId]).toMatch(/^\d{12}$/);
      expect(decodeJwt(token.idToken ?? '')).toMatchObject(expected);
    });

    it('shows the login page to a request without a login hint', async () => {
      const { url } = await authorizationRequest(idp.issuers.citizen);

      const page = await new DemoBrowser().follow(url, atRedirectUri);

      expect(page.status).toBe(200);
      expect(page.body).toContain('Số định danh cá nhân');
    });
  });

  describe('by default', () => {
    it('ignores login hints: fetchDemoToken stops at the login page and says so', async () => {
      await expect(
        fetchDemoToken({ issuer: pageIdp.issuers.staff.hanoi, username: 'demo.hanoi.receiver' }),
      ).rejects.toThrow(/login page .* autoLogin: true/);
    });

    it('signs a citizen in with personal ID and password on a Vietnamese login page', async () => {
      const browser = new DemoBrowser();
      const { url, exchange } = await authorizationRequest(pageIdp.issuers.citizen, CITIZEN);

      const page = await browser.follow(url, atRedirectUri);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<html lang="vi">');
      expect(page.body).toContain('Đăng nhập bằng tài khoản định danh điện tử');
      expect(page.body).toContain(`name="${LOGIN_FIELDS.citizen}"`);
      expect(page.body).toContain('Mật khẩu');

      const wrong = await browser.postForm(loginFormAction(page), {
        [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
        [LOGIN_FIELDS.password]: 'sai-mat-khau',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.location).toBeNull();
      expect(wrong.body).toContain('Số định danh cá nhân hoặc mật khẩu không đúng.');
      expect(wrong.body).toContain(`value="${CITIZEN_PERSONAL_ID}"`);

      const signedIn = await browser.follow(
        await browser.postForm(loginFormAction(wrong), {
          [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
          [LOGIN_FIELDS.password]: DEMO_PASSWORD,
        }),
        atRedirectUri,
      );
      expect(signedIn.location?.searchParams.get('code')).toBeTruthy();
      const tokens = await exchange(signedIn.location!);

      expect(tokens.claims()).toMatchObject({
        sub: CITIZEN,
        [VNEID_CLAIMS.personalId]: CITIZEN_PERSONAL_ID,
        [VNEID_CLAIMS.name]: 'Trần Thị B',
        [VNEID_CLAIMS.assurance]: 2,
        acr: citizenAcr(2),
      });
    });

    it('asserts level 1 for a citizen whose account is level 1', async () => {
      const browser = new DemoBrowser();
      const { url, exchange } = await authorizationRequest(pageIdp.issuers.citizen);

      const page = await browser.follow(url, atRedirectUri);
      const signedIn = await browser.follow(
        await browser.postForm(loginFormAction(page), {
          [LOGIN_FIELDS.citizen]: LEVEL_1_PERSONAL_ID,
          [LOGIN_FIELDS.password]: DEMO_PASSWORD,
        }),
        atRedirectUri,
      );
      const tokens = await exchange(signedIn.location!);

      expect(tokens.claims()).toMatchObject({
        sub: LEVEL_1_CITIZEN,
        [VNEID_CLAIMS.assurance]: 1,
        acr: citizenAcr(1),
      });
    });

    it('signs in an unlisted personal ID with the demo password under an opaque subject', async () => {
      const browser = new DemoBrowser();
      const { url, exchange } = await authorizationRequest(pageIdp.issuers.citizen);
      const personalId = '036188009999';

      const page = await browser.follow(url, atRedirectUri);
      const signedIn = await browser.follow(
        await browser.postForm(loginFormAction(page), {
          [LOGIN_FIELDS.citizen]: personalId,
          [LOGIN_FIELDS.password]: DEMO_PASSWORD,
        }),
        atRedirectUri,
      );
      const claims = (await exchange(signedIn.location!)).claims()!;

      expect(claims[VNEID_CLAIMS.personalId]).toBe(personalId);
      expect(claims.sub).toMatch(/^vneid\.[0-9a-f]{20}$/);
    });

    it("signs staff in with their username and the account's own password", async () => {
      const browser = new DemoBrowser();
      const { url, exchange } = await authorizationRequest(pageIdp.issuers.staff.hanoi);

      const page = await browser.follow(url, atRedirectUri);
      expect(page.body).toContain('Tên đăng nhập');
      expect(page.body).toContain('hanoi');
      const withDemoPassword = await browser.postForm(loginFormAction(page), {
        [LOGIN_FIELDS.staff]: 'demo.hanoi.secret',
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      });
      expect(withDemoPassword.status).toBe(401);
      expect(withDemoPassword.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');

      const signedIn = await browser.follow(
        await browser.postForm(loginFormAction(withDemoPassword), {
          [LOGIN_FIELDS.staff]: 'demo.hanoi.secret',
          [LOGIN_FIELDS.password]: 'mat-khau-rieng',
        }),
        atRedirectUri,
      );
      const tokens = await exchange(signedIn.location!);

      expect(tokens.claims()).toMatchObject({
        sub: 'demo.hanoi.secret',
        name: 'Cán bộ có mật khẩu riêng',
      });
    });

    it('answers access_denied to the client when the user cancels', async () => {
      const browser = new DemoBrowser();
      const { url } = await authorizationRequest(pageIdp.issuers.citizen);

      const page = await browser.follow(url, atRedirectUri);
      const cancelled = await browser.follow(
        await browser.postForm(cancelFormAction(page), {}),
        atRedirectUri,
      );

      expect(cancelled.location?.searchParams.get('error')).toBe('access_denied');
      expect(cancelled.location?.searchParams.get('code')).toBeNull();
    });
  });
});
