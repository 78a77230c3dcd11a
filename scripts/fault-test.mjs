#!/usr/bin/env node
// Faults under load (issue 9): while DOSSIERS dossiers are submitted through the gateway, kill -9
// reception, routing and notification in turn and start them again, restart the NATS server, and
// terminate every PostgreSQL connection. Clients retry with the same idempotency key, as they
// are told to. Afterwards every acknowledged dossier must be stored exactly once, routed exactly
// once, notified once per channel and event, and no outbox row may be left behind. Prints the
// counts; exits 1 when one is wrong.
//   npm run test:faults          (DOSSIERS=10000 CONCURRENCY=16 by default)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pgModule from 'pg';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { fetchPlatformToken, freeServicePorts, startStack } = require(
  resolve(root, 'libs/devstack/dist/index.js'),
);
const testing = require(resolve(root, 'libs/testing/dist/index.js'));
const { Client } = pgModule;

const DOSSIERS = Number(process.env.DOSSIERS ?? 10_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const DRAIN_TIMEOUT_MS = Number(process.env.DRAIN_TIMEOUT_MS ?? 600_000);
const PROCEDURE = '1.001193';
const BRANCHES = ['hn-ba-dinh', 'hn-hoan-kiem', 'hn-cau-giay'];
const RETRYABLE = new Set(['TIMEOUT', 'SERVICE_UNAVAILABLE', 'INTERNAL', 'UNAVAILABLE']);

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

const nats = await testing.PrivateNatsServer.start();
const db = await testing.createTestDatabase('faults');
const prefix = testing.testSubjectPrefix();
const sms = await testing.HttpSink.start();
const mail = await testing.SmtpSink.start();
log(`database ${db.name}, NATS ${nats.url}, prefix ${prefix}`);
const stack = await startStack({
  databaseUrl: db.url,
  natsUrl: nats.url,
  subjectPrefix: prefix,
  ports: await freeServicePorts(),
  idpPort: 0,
  demoSeed: true,
  smtpUrl: mail.url,
  smsGatewayUrl: sms.url,
  logLevel: 'warn',
  logDir: resolve(root, '.motcua', 'fault-logs'),
  root,
  readyTimeoutMs: 120_000,
});
const pg = new Client({ connectionString: db.url });
let failed = false;
try {
  await pg.connect();
  let token;
  const signIn = async () => {
    token = (
      await fetchPlatformToken({
        gatewayUrl: stack.services.gateway.url,
        issuer: stack.idp.issuers.staff.hanoi,
        username: 'demo.hanoi.supervisor',
      })
    ).access_token;
  };
  await signIn();

  const acknowledged = new Map(); // idempotency key → dossier code
  let retries = 0;
  const retryReasons = new Map();
  const noteRetry = (reason) => {
    retries += 1;
    retryReasons.set(reason, (retryReasons.get(reason) ?? 0) + 1);
  };

  /** Submits one dossier until the platform acknowledges it, the same key every time. */
  async function submitUntilAcknowledged(serial) {
    const key = `faults-${prefix}${serial}`;
    const body = JSON.stringify({
      query: 'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }',
      variables: {
        input: {
          idempotencyKey: key,
          procedureCode: PROCEDURE,
          components: testing.demoRequiredComponents(PROCEDURE),
          branchId: BRANCHES[serial % BRANCHES.length],
          jurisdictionUnitCode: '00070',
          applicant: {
            fullName: 'Nguyễn Văn An',
            personalId: '001090012345',
            phone: `09${String(10_000_000 + serial).slice(-8)}`,
          },
        },
      },
    });
    for (;;) {
      try {
        const res = await fetch(stack.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          signal: AbortSignal.timeout(15_000),
        });
        const answer = await res.json();
        const code = answer.data?.submitDossier?.code;
        if (code) {
          acknowledged.set(key, code);
          return;
        }
        const error = answer.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
        if (error === 'UNAUTHENTICATED') await signIn();
        else if (!RETRYABLE.has(error)) throw new Error(`${key}: ${JSON.stringify(answer.errors)}`);
        noteRetry(error);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith(key)) throw err;
        noteRetry(err instanceof Error ? err.name : 'network');
      }
      await pause(250);
    }
  }

  /** The faults, each when this share of the dossiers has been acknowledged. */
  const faults = [
    { at: 0.12, name: 'kill -9 reception', run: () => stack.crashAndRestart('reception') },
    { at: 0.27, name: 'kill -9 routing', run: () => stack.crashAndRestart('routing') },
    { at: 0.42, name: 'kill -9 notification', run: () => stack.crashAndRestart('notification') },
    {
      at: 0.57,
      name: 'restart the NATS server',
      run: async () => {
        await nats.stop();
        await pause(1000);
        await nats.startAgain();
      },
    },
    {
      at: 0.72,
      name: 'terminate every PostgreSQL connection',
      run: async () => {
        const { rows } = await pg.query(
          `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        log(`  ${rows[0].n} connections terminated`);
      },
    },
  ];
  const faultLog = [];
  const injector = (async () => {
    for (const fault of faults) {
      while (acknowledged.size < fault.at * DOSSIERS) await pause(50);
      const t0 = performance.now();
      log(`fault: ${fault.name} (${acknowledged.size} acknowledged)`);
      await fault.run();
      const ms = performance.now() - t0;
      faultLog.push({ fault: fault.name, atAcknowledged: acknowledged.size, recoveredMs: ms });
      log(`  back in ${(ms / 1000).toFixed(1)} s`);
    }
  })();

  const started = performance.now();
  let next = 0;
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    while (next < DOSSIERS) await submitUntilAcknowledged(next++);
  });
  const progress = setInterval(
    () => log(`${acknowledged.size}/${DOSSIERS} acknowledged, ${retries} retries`),
    10_000,
  );
  await Promise.all(workers);
  clearInterval(progress);
  await injector;
  const submitSeconds = (performance.now() - started) / 1000;
  log(`all ${acknowledged.size} acknowledged in ${submitSeconds.toFixed(0)} s, ${retries} retries`);

  // The pipeline drains: every dossier routed, every message sent, every outbox empty.
  const outboxes = ['catalog', 'identity', 'reception', 'routing', 'notification'];
  const pending = async () => {
    const { rows } = await pg.query(
      `SELECT (SELECT count(*) FROM reception.dossier WHERE status = 'RECEIVED') AS unrouted,
              (SELECT count(*) FROM notification.delivery WHERE status = 'PENDING') AS unsent,
              ${outboxes.map((s) => `(SELECT count(*) FROM ${s}.outbox)`).join(' + ')} AS outbox`,
    );
    return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
  };
  const drainStarted = performance.now();
  let left = await pending();
  while (left.unrouted + left.unsent + left.outbox > 0) {
    if (performance.now() - drainStarted > DRAIN_TIMEOUT_MS) break;
    await pause(500);
    left = await pending();
  }
  log(
    `drained in ${((performance.now() - drainStarted) / 1000).toFixed(1)} s: ${JSON.stringify(left)}`,
  );

  const one = async (sql) => Number(Object.values((await pg.query(sql)).rows[0])[0]);
  const keys = [...acknowledged.keys()];
  const counts = {
    acknowledged: acknowledged.size,
    'distinct codes acknowledged': new Set(acknowledged.values()).size,
    'dossiers stored': await one(
      `SELECT count(*) FROM reception.dossier WHERE idempotency_key LIKE 'faults-%'`,
    ),
    'acknowledged keys stored exactly once': await one({
      text: `SELECT count(*) FROM (SELECT idempotency_key FROM reception.dossier
               WHERE idempotency_key = ANY($1) GROUP BY idempotency_key HAVING count(*) = 1) k`,
      values: [keys],
    }),
    'stored code = acknowledged code': await one({
      text: `SELECT count(*) FROM reception.dossier d
               JOIN unnest($1::text[], $2::text[]) AS a(key, code) ON a.key = d.idempotency_key
              WHERE d.code = a.code`,
      values: [keys, [...acknowledged.values()]],
    }),
    'routing decisions': await one('SELECT count(*) FROM routing.routing_decision'),
    'dossiers routed exactly once': await one(
      `SELECT count(*) FROM (SELECT dossier_id FROM reception.dossier_history
         WHERE from_status = 'RECEIVED' AND status IN ('PROCESSING', 'ROUTING_HELD')
         GROUP BY dossier_id HAVING count(*) = 1) r`,
    ),
    'dossiers routed more than once': await one(
      `SELECT count(*) FROM (SELECT dossier_id FROM reception.dossier_history
         WHERE from_status = 'RECEIVED' AND status IN ('PROCESSING', 'ROUTING_HELD')
         GROUP BY dossier_id HAVING count(*) > 1) r`,
    ),
    'receipt SMS recorded (one per dossier)': await one(
      `SELECT count(DISTINCT dossier_code) FROM notification.delivery
        WHERE channel = 'SMS' AND template = 'dossier-received'`,
    ),
    'routed SMS recorded': await one(
      `SELECT count(DISTINCT dossier_code) FROM notification.delivery
        WHERE channel = 'SMS' AND template = 'dossier-routed'`,
    ),
    'deliveries duplicated per dossier, channel and message': await one(
      `SELECT count(*) FROM (SELECT dossier_code, channel, template, recipient
         FROM notification.delivery GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d`,
    ),
    'deliveries not SENT': await one(
      `SELECT count(*) FROM notification.delivery WHERE status <> 'SENT'`,
    ),
    'SMS requests received by the gateway': sms.requests.length,
    'distinct SMS idempotency keys received': new Set(
      sms.requests.map((r) => r.headers['idempotency-key']),
    ).size,
    'outbox rows left': left.outbox,
    'dossiers not routed': left.unrouted,
  };
  const expected = {
    'distinct codes acknowledged': DOSSIERS,
    acknowledged: DOSSIERS,
    'dossiers stored': DOSSIERS,
    'acknowledged keys stored exactly once': DOSSIERS,
    'stored code = acknowledged code': DOSSIERS,
    'routing decisions': DOSSIERS,
    'dossiers routed exactly once': DOSSIERS,
    'dossiers routed more than once': 0,
    'receipt SMS recorded (one per dossier)': DOSSIERS,
    'deliveries duplicated per dossier, channel and message': 0,
    'deliveries not SENT': 0,
    'outbox rows left': 0,
    'dossiers not routed': 0,
  };
  console.log('\n| check | count | expected |\n|---|---:|---:|');
  for (const [name, count] of Object.entries(counts)) {
    const want = expected[name];
    const ok = want === undefined || want === count;
    if (!ok) failed = true;
    console.log(`| ${name} | ${count} | ${want ?? '(reported)'}${ok ? '' : ' ✗'} |`);
  }
  console.log(`\nretries by reason: ${JSON.stringify(Object.fromEntries(retryReasons))}`);
  console.log(`faults: ${JSON.stringify(faultLog)}`);
  console.log(failed ? '\nFAULT TEST FAILED' : '\nfault test passed');
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await pg.end().catch(() => undefined);
  await stack.stop();
  await mail.close();
  await sms.close();
  await testing.deleteTestStreams(prefix, nats.url).catch(() => undefined);
  await nats.dispose();
  await db.drop();
}
process.exit(failed ? 1 : 0);
