import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import {
  DEMO_PLATFORM_CLIENT,
  fetchDemoToken,
  startLocalIdp,
  VNEID_CLAIMS,
  type LocalIdp,
  type LocalIdpAccount,
} from '@motcua/local-idp';
import { Clock } from '@motcua/platform';
import {
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  TEST_NATS_URL,
  type TestDatabase,
} from '@motcua/testing';
// Tests only: the real catalog, identity, reception and routing services, in-process on the test's prefix.
import { AppModule as CatalogAppModule } from '../../../catalog/src/app.module';
import { loadCatalogConfig } from '../../../catalog/src/config/catalog.config';
import { AppModule as IdentityAppModule } from '../../../identity/src/app.module';
import { loadIdentityConfig } from '../../../identity/src/config/identity.config';
import { AppModule as NotificationAppModule } from '../../../notification/src/app.module';
import { loadNotificationConfig } from '../../../notification/src/config/notification.config';
import { AppModule as ReceptionAppModule } from '../../../reception/src/app.module';
import { loadReceptionConfig } from '../../../reception/src/config/reception.config';
import { AppModule as RoutingAppModule } from '../../../routing/src/app.module';
import { loadRoutingConfig } from '../../../routing/src/config/routing.config';
import { AppModule } from '../../src/app.module';
import { loadGatewayConfig } from '../../src/config/gateway.config';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; details?: { path: string; message: string }[] };
  stack?: unknown;
}
export interface GraphqlBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphqlError[];
}
type Headers = Record<string, string>;
type Variables = Record<string, unknown>;

/** A Nest app on Fastify, initialised and ready for supertest. */
export async function startApp(
  imports: Parameters<typeof Test.createTestingModule>[0]['imports'],
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<NestFastifyApplication> {
  const moduleRef = await override(Test.createTestingModule({ imports })).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The gateway's environment on a test subject prefix. */
export const gatewayTestEnv = (prefix: string, extra: Headers = {}): Record<string, string> => ({
  NATS_URL: TEST_NATS_URL,
  MOTCUA_SUBJECT_PREFIX: prefix,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
  ...extra,
});

/** The raw HTTP answer to one GraphQL request. */
export const postGraphql = (
  app: INestApplication,
  query: string,
  variables?: Variables,
  headers: Headers = {},
) =>
  request(app.getHttpServer() as Server)
    .post('/graphql')
    .set(headers)
    .send({ query, variables });

/**
 * GraphQL helpers against the app `app()` returns (read lazily, so they can be built before
 * beforeAll starts it); requests without headers send `defaultHeaders`.
 */
export function graphqlClient(app: () => INestApplication, defaultHeaders: Headers = {}) {
  /** The body of an answer, which must be HTTP 200. */
  async function gql<T>(
    query: string,
    variables?: Variables,
    headers: Headers = defaultHeaders,
  ): Promise<GraphqlBody<T>> {
    const res = await postGraphql(app(), query, variables, headers);
    expect(res.status).toBe(200);
    return res.body as GraphqlBody<T>;
  }
  /** The data of an answer that must have no errors. */
  async function data<T>(query: string, variables?: Variables, headers?: Headers): Promise<T> {
    const body = await gql<T>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }
  /** The error codes of an answer. */
  const errorCodes = async (query: string, variables?: Variables, headers?: Headers) =>
    ((await gql(query, variables, headers)).errors ?? []).map((e) => e.extensions?.code);
  return { gql, data, errorCodes };
}

export type StackService = 'catalog' | 'identity' | 'reception' | 'routing' | 'notification';

/** The RFC 6749 answer of the gateway's token endpoint. */
export interface PlatformTokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  scope?: string;
}

/** The raw HTTP answer of the gateway's token endpoint to form parameters. */
export const postTokenRequest = (
  app: INestApplication,
  form: Record<string, string>,
  headers: Headers = {},
) =>
  request(app.getHttpServer() as Server)
    .post('/auth/token')
    .type('form')
    .set(headers)
    .send(form);

/** RFC 8693 token exchange of an upstream access token for platform tokens, over HTTP. */
export async function exchangeUpstreamToken(
  app: INestApplication,
  subjectToken: string,
): Promise<PlatformTokens> {
  const res = await postTokenRequest(app, {
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
  });
  if (res.status !== 200)
    throw new Error(`token exchange answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as PlatformTokens;
}

export interface GatewayStackOptions {
  /** Name of the test database (createTestDatabase). */
  database: string;
  services: StackService[];
  /** Replaces the Clock of catalog, reception and routing. */
  clock?: Clock;
  /** Replaces the Clock of the gateway (token expiry, key refresh). */
  gatewayClock?: Clock;
  /** Staff realms of the local IdP, each trusted by identity for its tenant. */
  realms?: string[];
  /** Whether identity trusts the citizen issuer (default true). */
  citizenIssuer?: boolean;
  /** Accounts of the local IdP with their details (a citizen's personal ID, say). */
  idpAccounts?: Record<string, LocalIdpAccount>;
  receptionEnv?: Record<string, string>;
  routingEnv?: Record<string, string>;
  notificationEnv?: Record<string, string>;
  /** Extra identity settings (IDENTITY_APP_REDIRECT_URIS of a sign-in test, say). */
  identityEnv?: Record<string, string>;
  gatewayEnv?: Record<string, string>;
}

export interface GatewayStack {
  db: TestDatabase;
  prefix: string;
  /** The local IdP; only when identity runs. */
  idp: LocalIdp;
  gateway: NestFastifyApplication;
  /**
   * `Bearer <platform token>` for a demo user of `issuer` (default: staff of the first realm):
   * signed in upstream, then exchanged at the gateway's POST /auth/token.
   */
  tokenFor(username: string, issuer?: string): Promise<string>;
  /** The platform tokens of that exchange (access token, refresh token, lifetime). */
  platformTokens(username: string, issuer?: string): Promise<PlatformTokens>;
  /** The upstream IdP's own access token of a demo user (what a client exchanges). */
  upstreamToken(username: string, issuer?: string): Promise<string>;
  /** The authorization header of a demo staff user of `realm`. */
  staffAuth(username: string, realm?: string): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

/**
 * The real services named in `services` and the gateway, in-process on a fresh database and
 * subject prefix, with demo data seeded.
 */
export async function startGatewayStack(options: GatewayStackOptions): Promise<GatewayStack> {
  const realms = options.realms ?? ['hanoi'];
  const db = await createTestDatabase(options.database);
  const prefix = testSubjectPrefix();
  const apps: NestFastifyApplication[] = [];
  let idp: LocalIdp | undefined;
  let gateway: NestFastifyApplication | undefined;
  const close = async () => {
    await gateway?.close();
    for (const app of apps.reverse()) await app.close();
    apps.length = 0;
    await idp?.close();
    await deleteTestStreams(prefix);
    await db.drop();
  };
  const withClock = (b: TestingModuleBuilder) =>
    options.clock ? b.overrideProvider(Clock).useValue(options.clock) : b;
  const env = (extra: Record<string, string> = {}) => serviceTestEnv(db, prefix, extra);
  try {
    if (options.services.includes('identity')) {
      // Tests sign demo users in by login hint, without the login page.
      idp = await startLocalIdp({
        port: 0,
        realms,
        autoLogin: true,
        accounts: options.idpAccounts,
        // Browser sign-in comes back to the gateway (GATEWAY_PUBLIC_URL of gatewayEnv).
        clients: [
          {
            ...DEMO_PLATFORM_CLIENT,
            redirectUris: [
              `${loadGatewayConfig(gatewayTestEnv(prefix, options.gatewayEnv)).publicUrl}/auth/callback`,
            ],
          },
        ],
      });
    }
    if (options.services.includes('catalog')) {
      apps.push(
        await startApp(
          [CatalogAppModule.forRoot(loadCatalogConfig(env({ MOTCUA_DEMO_SEED: 'true' })))],
          withClock,
        ),
      );
    }
    if (idp) {
      const staff = idp.issuers.staff;
      const issuers = [
        ...realms.map((realm) => ({
          issuer: staff[realm],
          kind: 'staff',
          tenant: realm,
          ...DEMO_PLATFORM_CLIENT,
        })),
        ...(options.citizenIssuer === false
          ? []
          : [
              {
                issuer: idp.issuers.citizen,
                kind: 'citizen',
                claims: VNEID_CLAIMS,
                ...DEMO_PLATFORM_CLIENT,
              },
            ]),
      ];
      apps.push(
        await startApp([
          IdentityAppModule.forRoot(
            loadIdentityConfig(
              env({
                MOTCUA_DEMO_SEED: 'true',
                IDENTITY_ISSUERS: JSON.stringify(issuers),
                ...options.identityEnv,
              }),
            ),
          ),
        ]),
      );
    }
    if (options.services.includes('reception')) {
      apps.push(
        await startApp(
          [ReceptionAppModule.forRoot(loadReceptionConfig(env(options.receptionEnv)))],
          withClock,
        ),
      );
    }
    if (options.services.includes('routing')) {
      apps.push(
        await startApp(
          [
            RoutingAppModule.forRoot(
              loadRoutingConfig(env({ MOTCUA_DEMO_SEED: 'true', ...options.routingEnv })),
            ),
          ],
          withClock,
        ),
      );
    }
    if (options.services.includes('notification')) {
      apps.push(
        await startApp(
          [NotificationAppModule.forRoot(loadNotificationConfig(env(options.notificationEnv)))],
          withClock,
        ),
      );
    }
    gateway = await startApp(
      [AppModule.forRoot(loadGatewayConfig(gatewayTestEnv(prefix, options.gatewayEnv)))],
      (b) => (options.gatewayClock ? b.overrideProvider(Clock).useValue(options.gatewayClock) : b),
    );
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  const requireIdp = (): LocalIdp => {
    if (!idp) throw new Error('this gateway stack runs without identity and its IdP');
    return idp;
  };
  const upstreamToken = async (username: string, issuer?: string) =>
    (
      await fetchDemoToken({
        issuer: issuer ?? requireIdp().issuers.staff[realms[0]],
        username,
      })
    ).accessToken;
  const started = gateway;
  const platformTokens = async (username: string, issuer?: string) =>
    exchangeUpstreamToken(started, await upstreamToken(username, issuer));
  const tokenFor = async (username: string, issuer?: string) =>
    `Bearer ${(await platformTokens(username, issuer)).access_token}`;
  return {
    db,
    prefix,
    get idp() {
      return requireIdp();
    },
    gateway,
    tokenFor,
    platformTokens,
    upstreamToken,
    staffAuth: async (username, realm = realms[0]) => ({
      authorization: await tokenFor(username, requireIdp().issuers.staff[realm]),
    }),
    close,
  };
}
