import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { Actor } from '@motcua/contracts';
import { Clock, type FixedClock } from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
// TESTS ONLY: the real catalog answers identity's unit lookups, as in production. Production
// code in services/identity must never import services/catalog (services share only libs/*).
import { AppModule as CatalogModule } from '../../../catalog/src/app.module';
import { loadCatalogConfig } from '../../../catalog/src/config/catalog.config';
import { AppModule } from '../../src/app.module';
import { loadIdentityConfig } from '../../src/config/identity.config';

/** Configured so the config loads; administration never calls it (port 1 refuses). */
const UNUSED_ISSUERS = JSON.stringify([
  { issuer: 'http://127.0.0.1:1/realms/hanoi', kind: 'staff', tenant: 'hanoi' },
]);

export interface AdminStack {
  db: TestDatabase;
  catalog: INestApplication;
  identity: INestApplication;
  /** Typed RPC client, as the gateway calls. */
  client: RpcTestClient;
  dataSource: DataSource;
  close(): Promise<void>;
}

async function startApp(module: unknown, clock: FixedClock): Promise<INestApplication> {
  const ref = await Test.createTestingModule({ imports: [module as never] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = ref.createNestApplication(new FastifyAdapter());
  await app.init();
  return app;
}

/** The seeded catalog and identity in-process on a fresh database and subject prefix. */
export async function startAdminStack(label: string, clock: FixedClock): Promise<AdminStack> {
  const db = await createTestDatabase(label);
  const prefix = testSubjectPrefix();
  let catalog: INestApplication | undefined;
  let identity: INestApplication | undefined;
  let client: RpcTestClient | undefined;
  const close = async () => {
    await client?.close();
    await identity?.close();
    await catalog?.close();
    await deleteTestStreams(prefix);
    await db.drop();
  };
  try {
    const env = serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' });
    catalog = await startApp(CatalogModule.forRoot(loadCatalogConfig(env)), clock);
    identity = await startApp(
      AppModule.forRoot(loadIdentityConfig({ ...env, IDENTITY_ISSUERS: UNUSED_ISSUERS })),
      clock,
    );
    client = await connectRpcTestClient(prefix);
    return { db, catalog, identity, client, dataSource: identity.get(DataSource), close };
  } catch (error) {
    // What did start must not outlive the failed suite.
    await close();
    throw error;
  }
}

/** A staff actor as the gateway forwards it: `demo.<tenant>.<name>` with the given roles. */
export function staffActor(
  tenant: string,
  name: string,
  roles: string[],
  overrides: Partial<Actor> = {},
): Actor {
  return {
    kind: 'STAFF',
    subject: `demo.${tenant}.${name}`,
    tenant,
    roles,
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    ...overrides,
  };
}

export const HANOI_ADMIN = staffActor('hanoi', 'admin', ['TENANT_ADMIN']);
export const HANOI_SUPERVISOR = staffActor('hanoi', 'supervisor', ['SUPERVISOR', 'RECEIVER'], {
  branchIds: ['hn-ba-dinh'],
});
export const HANOI_AUDITOR = staffActor('hanoi', 'auditor', ['AUDITOR']);
export const HANOI_RECEIVER = staffActor('hanoi', 'receiver', ['RECEIVER'], {
  branchIds: ['hn-ba-dinh'],
});
export const HCMC_ADMIN = staffActor('hcmc', 'admin', ['TENANT_ADMIN']);
