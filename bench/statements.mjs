#!/usr/bin/env node
// SQL statements and transactions per dossier, by service: a deterministic measure of what the
// pipeline costs (the CPU profile shows the cost follows the number of round trips). Starts the
// platform on a fresh database with statement logging for that database only, submits N
// dossiers one at a time, waits until routed and notified, tracks each once, and counts the
// statements PostgreSQL logged for that database by application name.
//   npm run build && node bench/statements.mjs [N=20] [--verbose] [--concurrency C]
// --concurrency C submits C dossiers at a time (a burst: consumers then apply events in batches).
// Needs read access to the PostgreSQL server log (the Debian cluster log by default, or
// POSTGRES_LOG). Sets log_line_prefix to name the database and application (idempotent).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pgModule from 'pg';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { fetchPlatformToken, freeServicePorts, startStack } = require(
  resolve(root, 'libs/devstack/dist/index.js'),
);
const testing = require(resolve(root, 'libs/testing/dist/index.js'));

const N = Number(
  process.argv.find((a, i) => /^\d+$/.test(a) && process.argv[i - 1] !== '--concurrency') ?? 20,
);
const verbose = process.argv.includes('--verbose');
const concurrencyAt = process.argv.indexOf('--concurrency');
const CONCURRENCY = concurrencyAt > 0 ? Number(process.argv[concurrencyAt + 1]) : 1;
const PREFIX = '%m [%p] %q%u@%d [%a] ';
const PHONE = '0912345678';
const PROCEDURE = '1.001193';

async function serverLog(admin) {
  if (process.env.POSTGRES_LOG) return process.env.POSTGRES_LOG;
  const { rows } = await admin.query('SELECT pg_current_logfile() AS f, current_setting($1) AS d', [
    'data_directory',
  ]);
  if (rows[0].f) return resolve(rows[0].d, rows[0].f);
  const { rows: v } = await admin.query("SELECT current_setting('server_version_num') AS v");
  const debian = `/var/log/postgresql/postgresql-${Math.floor(Number(v[0].v) / 10000)}-main.log`;
  if (existsSync(debian)) return debian;
  throw new Error('cannot find the PostgreSQL log: set POSTGRES_LOG');
}

/** Statements logged for database `db` in a slice of the log, as { app, text } in order. */
function statementsIn(text, db) {
  const re = new RegExp(`@${db} \\[([^\\]]*)\\] LOG:  (?:statement|execute [^:]*): (.*)`, 'g');
  return [...text.matchAll(re)].map((m) => ({ app: m[1], text: m[2] }));
}

const shape = (sql) =>
  sql
    .replace(/'[^']*'/g, '?')
    .replace(/\$\d+/g, '$')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 140);

function table(title, statements, per) {
  const byApp = new Map();
  for (const s of statements) {
    const app = byApp.get(s.app) ?? { statements: 0, transactions: 0, shapes: new Map() };
    app.statements += 1;
    if (/^(START TRANSACTION|BEGIN)/i.test(s.text)) app.transactions += 1;
    app.shapes.set(shape(s.text), (app.shapes.get(shape(s.text)) ?? 0) + 1);
    byApp.set(s.app, app);
  }
  console.log(`\n${title} (per ${per === 1 ? 'run' : `one of ${per}`})`);
  console.log('| service | statements | transactions |\n|---|---:|---:|');
  let total = 0;
  for (const [app, v] of [...byApp].sort()) {
    total += v.statements;
    console.log(
      `| ${app} | ${(v.statements / per).toFixed(1)} | ${(v.transactions / per).toFixed(1)} |`,
    );
  }
  console.log(`| all | ${(total / per).toFixed(1)} | |`);
  if (verbose)
    for (const [app, v] of byApp) {
      console.log(`\n${app}:`);
      for (const [s, n] of [...v.shapes].sort((a, b) => b[1] - a[1]))
        console.log(`${(n / per).toFixed(2).padStart(6)}  ${s}`);
    }
  return Object.fromEntries([...byApp].map(([app, v]) => [app, v.statements / per]));
}

const db = await testing.createTestDatabase('statements');
const admin = new pgModule.Client({ connectionString: db.url });
await admin.connect();
await admin.query(`ALTER SYSTEM SET log_line_prefix = '${PREFIX}'`);
await admin.query('SELECT pg_reload_conf()');
const logFile = await serverLog(admin);
const sms = await testing.HttpSink.start();
const mail = await testing.SmtpSink.start();
const stack = await startStack({
  databaseUrl: db.url,
  natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  subjectPrefix: testing.testSubjectPrefix(),
  ports: await freeServicePorts(),
  idpPort: 0,
  demoSeed: true,
  smtpUrl: mail.url,
  smsGatewayUrl: sms.url,
  logLevel: 'warn',
  logDir: resolve(root, '.motcua', 'statements-logs'),
  root,
  readyTimeoutMs: 120_000,
});
try {
  const token = (
    await fetchPlatformToken({
      gatewayUrl: stack.services.gateway.url,
      issuer: stack.idp.issuers.staff.hanoi,
      username: 'demo.hanoi.supervisor',
    })
  ).access_token;
  const post = async (body, headers) => {
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer).slice(0, 400));
    return answer.data;
  };
  const staff = { authorization: `Bearer ${token}` };
  const SUBMIT =
    'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code dueAt } }';
  const submit = (key) =>
    post(
      {
        query: SUBMIT,
        variables: {
          input: {
            idempotencyKey: key,
            procedureCode: PROCEDURE,
            components: testing.demoRequiredComponents(PROCEDURE),
            branchId: 'hn-ba-dinh',
            jurisdictionUnitCode: '00070',
            applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: PHONE },
          },
        },
      },
      staff,
    );
  const settled = async (keys) => {
    for (;;) {
      const { rows } = await admin.query(
        `SELECT count(*) AS n FROM reception.dossier d
           JOIN notification.delivery n ON n.dossier_code = d.code AND n.template = 'dossier-routed'
          WHERE d.idempotency_key = ANY($1) AND n.status <> 'PENDING'`,
        [keys],
      );
      const { rows: outbox } = await admin.query(
        `SELECT (SELECT count(*) FROM reception.outbox) + (SELECT count(*) FROM routing.outbox)
              + (SELECT count(*) FROM notification.outbox) AS n`,
      );
      if (Number(rows[0].n) >= keys.length && Number(outbox[0].n) === 0) return;
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  // Warm caches (catalog, templates) so the counts are those of a running platform.
  await submit('statements-warm-up');
  await settled(['statements-warm-up']);
  await admin.query(`ALTER DATABASE "${db.name}" SET log_statement = 'all'`);
  // Settings apply to new sessions only: recycle the services' pooled connections.
  await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [db.name],
  );
  await submit('statements-reconnect').catch(() => undefined);
  await settled(['statements-reconnect']).catch(() => undefined);
  const from = statSync(logFile).size;
  const keys = Array.from({ length: N }, (_, i) => `statements-${i}`);
  const codes = [];
  for (let i = 0; i < keys.length; i += CONCURRENCY) {
    const answers = await Promise.all(keys.slice(i, i + CONCURRENCY).map(submit));
    codes.push(...answers.map((a) => a.submitDossier.code));
  }
  await settled(keys);
  const mid = statSync(logFile).size;
  const TRACK =
    'query($code: String!, $phone: String!) { trackDossier(code: $code, phone: $phone) { status dueAt } }';
  for (const code of codes)
    await post({ query: TRACK, variables: { code, phone: PHONE } }, { 'x-tenant': 'hanoi' });
  const end = statSync(logFile).size;
  const bytes = readFileSync(logFile);
  const first = statementsIn(bytes.subarray(from, mid).toString('utf8'), db.name);
  const second = statementsIn(bytes.subarray(mid, end).toString('utf8'), db.name);
  const report = {
    dossiers: N,
    concurrency: CONCURRENCY,
    submitToNotified: table('submit → routed → notified', first, N),
    tracking: table('public tracking', second, N),
  };
  console.log(`\n${JSON.stringify(report)}`);
} finally {
  await admin.query(`ALTER DATABASE "${db.name}" RESET log_statement`).catch(() => undefined);
  await admin.end();
  await stack.stop();
  await sms.close();
  await mail.close();
  await db.drop();
}
