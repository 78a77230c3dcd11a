#!/usr/bin/env node
// What reception's row-level security costs: dossier submits and gets through reception's RPC,
// with RLS (the pool sets role and tenant on checkout, the policies filter) and without it (the
// same app connecting as the superuser, which bypasses the policies), in one run on one database.
// Tenants alternate between requests (hanoi, hcmc), the worst case for the per-connection cache
// of the role/tenant settings; SAME_TENANT=1 keeps to hanoi. The machine is shared and noisy:
// rounds interleave the two variants; compare the ratios of the medians.
//   npx tsc -b services/reception services/catalog libs/testing && node bench/row-level-security.mjs
//   (ROUNDS=3 N=200 CONCURRENCY=16 SECONDS=5 by default)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const dist = (path) => require(resolve(root, path));
const testing = dist('libs/testing/dist/index.js');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');
const { AppModule: CatalogModule } = dist('services/catalog/dist/app.module.js');
const { loadCatalogConfig } = dist('services/catalog/dist/config/catalog.config.js');
const { AppModule } = dist('services/reception/dist/app.module.js');
const { loadReceptionConfig } = dist('services/reception/dist/config/reception.config.js');
const { RECEPTION_DATABASE } = dist('services/reception/dist/database.js');

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const N = Number(process.env.N ?? 200);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const SECONDS = Number(process.env.SECONDS ?? 5);
const TENANTS = process.env.SAME_TENANT ? ['hanoi'] : ['hanoi', 'hcmc'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const staff = (tenant, roles, branchIds) => ({
  kind: 'STAFF',
  subject: `demo.${tenant}.bench`,
  tenant,
  roles,
  branchIds,
  agencyCodes: [],
  scopes: [],
});
const AT = {
  hanoi: { branchId: 'hn-ba-dinh' },
  hcmc: { branchId: 'hcm-thu-dau-mot', jurisdictionUnitCode: '25747' },
};
let serial = 0;
const submitRequest = (tenant) => ({
  idempotencyKey: `bench-rls-${process.pid}-${(serial += 1)}`,
  procedureCode: '2.001610',
  components: testing.demoRequiredComponents('2.001610'),
  channel: 'COUNTER',
  applicant: { fullName: 'Nguyễn Thị Lan', personalId: '001190012345', phone: '0912345678' },
  ...AT[tenant],
});

async function startApp(module) {
  const app = await NestFactory.create(module, new FastifyAdapter(), { logger: false });
  await app.init();
  return app;
}

/** Reception on `db`, with its row-level security or (off) connecting as the superuser. */
async function startReception(db, prefix, rls) {
  const saved = RECEPTION_DATABASE.rowLevelSecurity;
  // forRoot reads the options at once: drop them for this one instance only.
  if (!rls) RECEPTION_DATABASE.rowLevelSecurity = undefined;
  try {
    const config = loadReceptionConfig(testing.serviceTestEnv(db, prefix));
    return await startApp(AppModule.forRoot(config));
  } finally {
    RECEPTION_DATABASE.rowLevelSecurity = saved;
  }
}

async function measure(client, codes) {
  const tenantOf = (i) => TENANTS[i % TENANTS.length];
  const submitMs = [];
  for (let i = 0; i < N; i++) {
    const tenant = tenantOf(i);
    const t0 = performance.now();
    const d = await client.rpc.request('reception.dossier.submit.v1', submitRequest(tenant), {
      tenant,
      actor: staff(tenant, ['RECEIVER'], [AT[tenant].branchId]),
    });
    submitMs.push(performance.now() - t0);
    codes[tenant].push(d.code);
  }
  const get = (i) => {
    const tenant = tenantOf(i);
    const list = codes[tenant];
    return client.rpc.request(
      'reception.dossier.get.v1',
      { code: list[i % list.length] },
      { tenant, actor: staff(tenant, ['SUPERVISOR'], []) },
    );
  };
  const getMs = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    await get(i);
    getMs.push(performance.now() - t0);
  }
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = w; performance.now() < until; i += CONCURRENCY) {
        await get(i);
        done += 1;
      }
    }),
  );
  return { submit: median(submitMs), get: median(getMs), getsPerSecond: done / SECONDS };
}

/** The statement a checkout adds when the connection acted for someone else, against `SELECT 1`. */
async function statementCost(url) {
  const pg = new (require('pg').Client)({ connectionString: url });
  await pg.connect();
  const p50 = async (sql, params) => {
    const ms = [];
    for (let i = 0; i < 2000; i++) {
      const t0 = performance.now();
      await pg.query(sql, params(i));
      ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  try {
    const select = await p50('SELECT 1', () => []);
    const settings = await p50(
      'SELECT set_config($1, $2, false), set_config($3, $4, false)',
      (i) => [
        'role',
        i % 2 ? RECEPTION_DATABASE.rowLevelSecurity.role : 'none',
        RECEPTION_DATABASE.rowLevelSecurity.setting,
        TENANTS[i % TENANTS.length],
      ],
    );
    console.log(
      `one round trip: SELECT 1 p50 ${select.toFixed(3)} ms, role+tenant settings p50 ${settings.toFixed(3)} ms\n`,
    );
  } finally {
    await pg.end();
  }
}

const db = await testing.createTestDatabase('bench_rls');
const prefix = testing.testSubjectPrefix();
let catalog;
let client;
try {
  catalog = await startApp(
    CatalogModule.forRoot(
      loadCatalogConfig(testing.serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' })),
    ),
  );
  client = await testing.connectRpcTestClient(prefix);
  const codes = { hanoi: [], hcmc: [] };
  const results = { on: [], off: [] };
  for (let round = 0; round <= ROUNDS; round++) {
    for (const variant of round % 2 ? ['on', 'off'] : ['off', 'on']) {
      const reception = await startReception(db, prefix, variant === 'on');
      try {
        if (round === 0 && variant === 'off') await statementCost(db.url);
        const r = await measure(client, codes);
        // Round 0 warms up (JIT, catalog cache, migrations): not counted.
        if (round > 0) results[variant].push(r);
        console.log(
          `${round ? `round ${round}` : 'warm-up'} RLS ${variant.padEnd(3)}: submit p50 ${r.submit.toFixed(2)} ms | get p50 ${r.get.toFixed(2)} ms | ${r.getsPerSecond.toFixed(0)} gets/s at ${CONCURRENCY} in flight`,
        );
      } finally {
        await reception.close();
      }
    }
  }
  const m = (variant, key) => median(results[variant].map((r) => r[key]));
  console.log(
    `\nmedians of ${ROUNDS} rounds (${N} sequential requests each, tenants ${TENANTS.join('/')}):`,
  );
  for (const key of ['submit', 'get']) {
    console.log(
      `  ${key} p50: off ${m('off', key).toFixed(2)} ms, on ${m('on', key).toFixed(2)} ms, ratio on/off ${(m('on', key) / m('off', key)).toFixed(3)}`,
    );
  }
  console.log(
    `  gets/s at ${CONCURRENCY} in flight: off ${m('off', 'getsPerSecond').toFixed(0)}, on ${m('on', 'getsPerSecond').toFixed(0)}, ratio on/off ${(m('on', 'getsPerSecond') / m('off', 'getsPerSecond')).toFixed(3)}`,
  );
} finally {
  await client?.close();
  await catalog?.close();
  await testing.deleteTestStreams(prefix);
  await db.drop();
}
