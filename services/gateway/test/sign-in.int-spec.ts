import * as oidc from 'openid-client';
import {
  cancelFormAction,
  DEMO_PASSWORD,
  DemoBrowser,
  LOGIN_FIELDS,
  loginFormAction,
  sameEndpoint,
} from '@motcua/local-idp';
import { demoRequiredComponents, freePort } from '@motcua/testing';
import { startGatewayStack, type GatewayStack } from './support/gateway-stack';

/** The citizen app's redirect URI: it receives the one-time code (nothing listens there). */
const APP_URL = 'http://127.0.0.1:5173/signed-in';
const CITIZEN = 'citizen.pham-thi-dung';
const CITIZEN_PERSONAL_ID = '001185004321';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
      status
    }
  }
`;
const MY_DOSSIERS = /* GraphQL */ `
  {
    myDossiers(first: 10) {
      edges {
        node {
          code
          applicant {
            fullName
          }
        }
      }
    }
  }
`;

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('browser sign-in through the gateway', () => {
  let stack: GatewayStack;
  /** The gateway, listening for real: the browser follows redirects to it like to the IdP. */
  let gatewayUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}`;
    stack = await startGatewayStack({
      database: 'gateway_sign_in',
      services: ['catalog', 'identity', 'reception'],
      idpAccounts: {
        [CITIZEN]: { name: 'Phạm Thị Dung', personalId: CITIZEN_PERSONAL_ID },
      },
      identityEnv: { IDENTITY_APP_REDIRECT_URIS: APP_URL },
      gatewayEnv: { GATEWAY_PUBLIC_URL: gatewayUrl },
    });
    await stack.gateway.listen(port, '127.0.0.1');
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** An app's PKCE pair and the gateway URL that starts its sign-in. */
  async function loginUrl(provider: string, state = 'app-state-42') {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = new URL('/auth/login', gatewayUrl);
    url.search = new URLSearchParams({
      provider,
      redirect_uri: APP_URL,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    }).toString();
    return { url, verifier };
  }

  const toApp = sameEndpoint(APP_URL);

  async function graphql<T>(query: string, variables: unknown, accessToken: string) {
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        'x-tenant': 'hanoi',
      },
      body: JSON.stringify({ query, variables }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as GraphqlAnswer<T>;
  }

  it('signs a citizen in at VNeID over real redirects and lets the app act as them', async () => {
    const browser = new DemoBrowser();
    const { url, verifier } = await loginUrl('citizen');

    // The gateway sends the browser to the VNeID stand-in's authorization endpoint.
    const login = await browser.get(url);
    expect(login.status).toBe(302);
    expect(login.location!.href.startsWith(`${stack.idp.issuers.citizen}/auth?`)).toBe(true);
    expect(login.location!.searchParams.get('redirect_uri')).toBe(`${gatewayUrl}/auth/callback`);

    // VNeID redirects to its login page, which asks for the personal ID and password.
    const page = await browser.follow(login, toApp);
    expect(page.status).toBe(200);
    expect(page.url.href.startsWith(`${stack.idp.issuers.citizen}/interaction/`)).toBe(true);
    expect(page.body).toContain('Số định danh cá nhân');

    // The credentials, then VNeID's redirects back to the gateway's callback, which answers the app.
    const redirectedTo: URL[] = [];
    const atApp = await browser.follow(
      await browser.postForm(loginFormAction(page), {
        [LOGIN_FIELDS.citizen]: CITIZEN_PERSONAL_ID,
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      }),
      (next) => {
        redirectedTo.push(next);
        return toApp(next);
      },
    );
    expect(redirectedTo.map((next) => `${next.origin}${next.pathname}`)).toContain(
      `${gatewayUrl}/auth/callback`,
    );
    expect(atApp.url.pathname).toBe('/auth/callback');
    expect(atApp.status).toBe(302);
    const redirect = atApp.location!;
    expect(redirect.searchParams.get('state')).toBe('app-state-42');
    const code = redirect.searchParams.get('code') ?? '';
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The app redeems the code with its verifier at the token endpoint.
    const tokenResponse = await fetch(`${gatewayUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: APP_URL,
      }).toString(),
    });
    expect(tokenResponse.status).toBe(200);
    const tokens = (await tokenResponse.json()) as { access_token: string; token_type: string };
    expect(tokens.token_type).toBe('Bearer');

    // As that citizen: submit online for themselves, then find the dossier among theirs.
    const submitted = await graphql<{ submitDossier: { code: string; status: string } }>(
      SUBMIT,
      {
        input: {
          idempotencyKey: 'sign-in-test-0001',
          procedureCode: '1.001193',
          components: demoRequiredComponents('1.001193'),
          branchId: 'hn-ba-dinh',
          channel: 'ONLINE',
          jurisdictionUnitCode: '00070',
          applicant: {
            fullName: 'Phạm Thị Dung',
            personalId: CITIZEN_PERSONAL_ID,
            phone: '0912345678',
          },
        },
      },
      tokens.access_token,
    );
    expect(submitted.errors).toBeUndefined();
    const mine = await graphql<{ myDossiers: { edges: { node: { code: string } }[] } }>(
      MY_DOSSIERS,
      {},
      tokens.access_token,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myDossiers.edges.map((edge) => edge.node.code)).toEqual([
      submitted.data!.submitDossier.code,
    ]);

    // The code was for one use.
    const again = await fetch(`${gatewayUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: APP_URL,
      }).toString(),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('signs staff in at their realm', async () => {
    const browser = new DemoBrowser();
    const { url } = await loginUrl('hanoi');

    const page = await browser.follow(url, toApp);
    expect(page.url.href.startsWith(`${stack.idp.issuers.staff.hanoi}/interaction/`)).toBe(true);
    const atApp = await browser.follow(
      await browser.postForm(loginFormAction(page), {
        [LOGIN_FIELDS.staff]: 'demo.hanoi.receiver',
        [LOGIN_FIELDS.password]: DEMO_PASSWORD,
      }),
      toApp,
    );

    expect(atApp.location!.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sends the app access_denied when the citizen cancels at VNeID', async () => {
    const browser = new DemoBrowser();
    const { url } = await loginUrl('citizen', 'cancelled-1');

    const page = await browser.follow(url, toApp);
    const atApp = await browser.follow(await browser.postForm(cancelFormAction(page), {}), toApp);

    expect(Object.fromEntries(atApp.location!.searchParams)).toEqual({
      error: 'access_denied',
      state: 'cancelled-1',
    });
  });

  it('answers bad sign-in requests itself, never redirecting to an unchecked address', async () => {
    const browser = new DemoBrowser();
    const { url } = await loginUrl('citizen');

    const evil = new URL(url);
    evil.searchParams.set('redirect_uri', 'https://evil.example/steal');
    const refused = await browser.get(evil);
    expect(refused.status).toBe(400);
    expect(refused.location).toBeNull();
    expect(JSON.parse(refused.body)).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringContaining('not an allowed app redirect URI'),
    });

    const plain = new URL(url);
    plain.searchParams.set('code_challenge_method', 'plain');
    expect((await browser.get(plain)).status).toBe(400);

    const unknownTenant = new URL(url);
    unknownTenant.searchParams.set('provider', 'atlantis');
    expect(JSON.parse((await browser.get(unknownTenant)).body)).toMatchObject({
      error: 'invalid_request',
    });
  });

  it('answers a callback of no sign-in with 400 and a page for a browser', async () => {
    const res = await fetch(`${gatewayUrl}/auth/callback?code=abc&state=${oidc.randomState()}`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
      redirect: 'manual',
    });

    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    const body = await res.text();
    expect(body).toContain('Không thể đăng nhập');
    expect(body).toContain('invalid_grant');
    expect(body).not.toMatch(/at .*\.ts:\d+/);
  });
});
