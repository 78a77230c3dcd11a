import { resolve } from 'node:path';
import {
  DEMO_PLATFORM_CLIENT,
  startLocalIdp,
  VNEID_CLAIMS,
  type LocalIdp,
  type LocalIdpAccount,
} from '@motcua/local-idp';
import { freePort } from '@motcua/testing';
import { SERVICES, ServiceProcess, type ServiceName } from './service-process';

export const DEMO_TENANTS = ['hanoi', 'hcmc', 'quang-ninh'];

/** A free loopback port for every service: for stacks that run beside others (tests, benchmarks). */
export async function freeServicePorts(): Promise<Record<ServiceName, number>> {
  const ports: Partial<Record<ServiceName, number>> = {};
  for (const service of SERVICES) ports[service] = await freePort();
  return ports as Record<ServiceName, number>;
}

export interface StackOptions {
  databaseUrl: string;
  natsUrl: string;
  subjectPrefix?: string;
  /** HTTP port per service; the gateway's serves GraphQL. */
  ports: Record<ServiceName, number>;
  idpPort: number;
  /** Accounts of the stand-in providers with their details (a citizen's personal ID, say). */
  idpAccounts?: Record<string, LocalIdpAccount>;
  demoSeed: boolean;
  smtpUrl?: string;
  smsGatewayUrl?: string;
  logLevel?: string;
  logDir: string;
  /** Repository root, where services/<name>/dist/main.js live. */
  root?: string;
  readyTimeoutMs?: number;
}

export interface Stack {
  idp: LocalIdp;
  services: Record<ServiceName, ServiceProcess>;
  graphqlUrl: string;
  /** The gateway's OAuth token endpoint (platform tokens). */
  tokenUrl: string;
  /** Kills a service with SIGKILL (a crash) and starts it again on the same port and settings. */
  crashAndRestart(name: ServiceName): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * Runs the platform as production does, one process per service, plus the stand-in national
 * e-ID and staff realms on loopback. The catalog starts first so that reference data is in place.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const root = options.root ?? resolve(__dirname, '..', '..', '..');
  // Sign-in comes back to the gateway; the platform is a client of every demo provider.
  const gatewayUrl = `http://127.0.0.1:${options.ports.gateway}`;
  const idp = await startLocalIdp({
    port: options.idpPort,
    realms: DEMO_TENANTS,
    // `npm run token` signs demo users in by login hint; browsers still get the login page.
    autoLogin: true,
    clients: [{ ...DEMO_PLATFORM_CLIENT, redirectUris: [`${gatewayUrl}/auth/callback`] }],
    accounts: options.idpAccounts,
  });
  const issuers = [
    ...DEMO_TENANTS.map((tenant) => ({
      issuer: idp.issuers.staff[tenant],
      kind: 'staff',
      tenant,
      ...DEMO_PLATFORM_CLIENT,
    })),
    { issuer: idp.issuers.citizen, kind: 'citizen', claims: VNEID_CLAIMS, ...DEMO_PLATFORM_CLIENT },
  ];
  const env: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    NATS_URL: options.natsUrl,
    MOTCUA_SUBJECT_PREFIX: options.subjectPrefix ?? '',
    MOTCUA_DEMO_SEED: String(options.demoSeed),
    LOG_LEVEL: options.logLevel ?? 'info',
    HTTP_HOST: '127.0.0.1',
    IDENTITY_ISSUERS: JSON.stringify(issuers),
    GATEWAY_PUBLIC_URL: gatewayUrl,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
  };
  if (options.smtpUrl) env.SMTP_URL = options.smtpUrl;
  if (options.smsGatewayUrl) env.SMS_GATEWAY_URL = options.smsGatewayUrl;
  const timeout = options.readyTimeoutMs ?? 60_000;
  const started: Partial<Record<ServiceName, ServiceProcess>> = {};
  const launch = (name: ServiceName) =>
    (started[name] = new ServiceProcess(name, options.ports[name], root, env, options.logDir));
  const stopAll = async () => {
    await Promise.all(Object.values(started).map((s) => s.stop()));
    await idp.close();
  };
  try {
    await launch('catalog').ready(timeout);
    await Promise.all(SERVICES.filter((s) => s !== 'catalog').map((s) => launch(s).ready(timeout)));
  } catch (err) {
    await stopAll();
    throw err;
  }
  const services = started as Record<ServiceName, ServiceProcess>;
  return {
    idp,
    services,
    graphqlUrl: `${services.gateway.url}/graphql`,
    tokenUrl: `${services.gateway.url}/auth/token`,
    async crashAndRestart(name) {
      await services[name].crash();
      services[name] = launch(name);
      await services[name].ready(timeout);
      return services[name];
    },
    stop: stopAll,
  };
}
