#!/usr/bin/env node
// The platform under load (issue 9): starts every service as its own process on a fresh
// database and drives the gateway with autocannon, then prints a table and writes a JSON report
// (.motcua/bench-report.json). Every figure is also given as a ratio to a baseline measured in
// the same run: the machine is shared and noisy, absolute figures vary up to 5× between runs.
//   npm run bench      (SECONDS=10 CONCURRENCY=32 by default)
//
// - intake: submitDossier through the gateway, spread over branches and procedures,
//   against the same dossier rows inserted by plain pg at the same concurrency;
// - public tracking (trackDossier) and catalog search, against a bare NATS request/reply and
//   the gateway alone ({ __typename });
// - submit → routed → notified at half the peak intake rate (server timestamps);
// - the RSS of every service, sampled while under load.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pgModule from 'pg';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { fetchPlatformToken, freeServicePorts, startStack } = require(
  resolve(root, 'libs/devstack/dist/index.js'),
);
const testing = require(resolve(root, 'libs/testing/dist/index.js'));
const { connect } = require('@nats-io/transport-node');
const { Client, Pool } = pgModule;

const SECONDS = Number(process.env.SECONDS ?? 10);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const TARGETS = {
  intakeRps: 2000,
  intakeP99: 50,
  trackingRps: 5000,
  trackingP99: 20,
  notifiedP99: 150,
  rssMb: 1536,
};
const BRANCHES = ['hn-ba-dinh', 'hn-hoan-kiem', 'hn-cau-giay'];
const CANDIDATE_PROCEDURES = [
  '1.001193',
  '2.001610',
  '2.000720',
  '1.000656',
  '1.001022',
  '2.000908',
];
const PHONE = '0912345678';

const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};
const fixed = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : 0;
}

/** autocannon for SECONDS; `rate` caps the requests per second (half-peak runs). */
async function load({ url, body, headers = {}, rate, connections = CONCURRENCY }) {
  let failures = 0;
  let firstFailure;
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    overallRate: rate,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
        onResponse: (status, text) => {
          if (status !== 200 || text.includes('"errors"')) {
            failures += 1;
            firstFailure ??= `${status} ${text.slice(0, 200)}`;
          }
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failures + result.errors + result.timeouts,
    firstFailure,
  };
}

/** Runs `op` CONCURRENCY at a time for SECONDS: throughput and latency of a baseline. */
async function closedLoop(op) {
  const latencies = [];
  const deadline = performance.now() + SECONDS * 1000;
  let serial = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await op(serial++);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rps: latencies.length / SECONDS, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99) };
}

/** Samples the RSS of every service while `work` runs; the peak per service. */
async function withRss(services, work) {
  const peak = Object.fromEntries(Object.keys(services).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, p] of Object.entries(services))
      peak[name] = Math.max(peak[name], rssMb(p.pid));
  };
  const timer = setInterval(sample, 250);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(timer);
    sample();
  }
}

const db = await testing.createTestDatabase('bench');
const prefix = testing.testSubjectPrefix();
const sms = await testing.HttpSink.start();
const mail = await testing.SmtpSink.start();
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const stack = await startStack({
  databaseUrl: db.url,
  natsUrl,
  subjectPrefix: prefix,
  ports: await freeServicePorts(),
  idpPort: 0,
  demoSeed: true,
  smtpUrl: mail.url,
  smsGatewayUrl: sms.url,
  logLevel: 'warn',
  logDir: resolve(root, '.motcua', 'bench-logs'),
  root,
  readyTimeoutMs: 120_000,
});
const pg = new Client({ connectionString: db.url });
const report = {
  at: new Date().toISOString(),
  seconds: SECONDS,
  concurrency: CONCURRENCY,
  targets: TARGETS,
};
try {
  await pg.connect();
  const url = stack.graphqlUrl;
  const signIn = async (username) =>
    (
      await fetchPlatformToken({
        gatewayUrl: stack.services.gateway.url,
        issuer: stack.idp.issuers.staff.hanoi,
        username,
      })
    ).access_token;
  const post = async (body, headers) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return res.json();
  };
  // A supervisor receives at every branch; an integrator with public:read tracks unthrottled.
  const staff = { authorization: `Bearer ${await signIn('demo.hanoi.supervisor')}` };
  const admin = { authorization: `Bearer ${await signIn('demo.hanoi.admin')}` };
  const registered = await post(
    {
      query:
        'mutation { registerApiClient(name: "Bench kiosk", scopes: [PUBLIC_READ]) { client { clientId } clientSecret } }',
    },
    admin,
  );
  const { clientId } = registered.data.registerApiClient.client;
  const tokenRes = await fetch(stack.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: registered.data.registerApiClient.clientSecret,
    }),
  });
  const kiosk = {
    authorization: `Bearer ${(await tokenRes.json()).access_token}`,
    'x-tenant': 'hanoi',
  };

  // Procedures the demo data receives at these branches with this jurisdiction (checked once).
  const SUBMIT =
    'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code dueAt } }';
  const input = (key, serial, procedureCode) => ({
    idempotencyKey: key,
    procedureCode,
    components: testing.demoRequiredComponents(procedureCode),
    branchId: BRANCHES[serial % BRANCHES.length],
    jurisdictionUnitCode: '00070',
    applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: PHONE },
  });
  const procedures = [];
  for (const code of CANDIDATE_PROCEDURES) {
    const answer = await post(
      { query: SUBMIT, variables: { input: input(`bench-pre-${code}`, 0, code) } },
      staff,
    );
    if (answer.data?.submitDossier) procedures.push(code);
    else console.log(`  (left out ${code}: ${answer.errors?.[0]?.extensions?.code})`);
  }
  report.procedures = procedures;
  let serial = 0;
  const submitBody = (tag) => () => {
    serial += 1;
    const key = `bench-${tag}-${prefix}${serial}`;
    return {
      query: SUBMIT,
      variables: { input: input(key, serial, procedures[serial % procedures.length]) },
    };
  };
  const drained = async () => {
    for (;;) {
      const { rows } = await pg.query(
        `SELECT (SELECT count(*) FROM reception.dossier WHERE status = 'RECEIVED')
              + (SELECT count(*) FROM notification.delivery WHERE status = 'PENDING') AS busy`,
      );
      if (Number(rows[0].busy) === 0) return;
      await new Promise((done) => setTimeout(done, 200));
    }
  };

  // Baselines.
  console.log('baselines…');
  const gatewayOnly = await load({ url, body: () => ({ query: '{ __typename }' }) });
  const nc = await connect({ servers: natsUrl, noAsyncTraces: true });
  const echoSubject = `${prefix}bench.echo`;
  const echo = nc.subscribe(echoSubject, { callback: (_err, msg) => msg.respond(msg.data) });
  const payload = new TextEncoder().encode(JSON.stringify(input('x', 0, procedures[0])));
  const natsBaseline = await closedLoop(() => nc.request(echoSubject, payload, { timeout: 5000 }));
  echo.unsubscribe();
  await nc.close();
  const { rows: sample } = await pg.query(
    'SELECT to_jsonb(d) AS row FROM reception.dossier d LIMIT 1',
  );
  await pg.query('CREATE TABLE public.bench_dossier (LIKE reception.dossier INCLUDING ALL)');
  const pool = new Pool({ connectionString: db.url, max: CONCURRENCY });
  const pgBaseline = await closedLoop((i) =>
    pool.query(
      `INSERT INTO public.bench_dossier SELECT * FROM jsonb_populate_record(NULL::public.bench_dossier, $1)`,
      [{ ...sample[0].row, id: randomUUID(), code: `BENCH-${i}`, idempotency_key: `pg-${i}` }],
    ),
  );
  await pool.end();

  // Intake at full speed, with RSS sampled.
  console.log('intake…');
  await load({ url, body: submitBody('warm'), headers: staff });
  await drained();
  const intakeRun = await withRss(stack.services, () =>
    load({ url, body: submitBody('peak'), headers: staff }),
  );
  const intake = intakeRun.result;
  await drained();

  // Public tracking and catalog search.
  console.log('tracking and search…');
  const { rows: codes } = await pg.query('SELECT code FROM reception.dossier LIMIT 2000');
  const TRACK =
    'query($code: String!, $phone: String!) { trackDossier(code: $code, phone: $phone) { status dueAt } }';
  const trackingRun = await withRss(stack.services, () =>
    load({
      url,
      headers: kiosk,
      body: () => ({
        query: TRACK,
        variables: { code: codes[Math.floor(Math.random() * codes.length)].code, phone: PHONE },
      }),
    }),
  );
  const tracking = trackingRun.result;
  const searches = ['khai sinh', 'đăng ký', 'hộ kinh doanh', 'dat dai', 'kết hôn'];
  const search = await load({
    url,
    headers: { 'x-tenant': 'hanoi' },
    body: () => ({
      query: 'query($s: String) { procedures(search: $s, first: 20) { edges { node { code } } } }',
      variables: { s: searches[Math.floor(Math.random() * searches.length)] },
    }),
  });

  // Submit → routed → notified at half the peak rate, from the services' own timestamps.
  console.log('half-peak latency…');
  const halfRate = Math.max(1, Math.floor(intake.rps / 2));
  const half = await load({ url, body: submitBody('half'), headers: staff, rate: halfRate });
  await drained();
  const { rows: flow } = await pg.query(
    `SELECT extract(epoch FROM (h.at - d.received_at)) * 1000 AS routed_ms,
            extract(epoch FROM (n.sent_at - d.received_at)) * 1000 AS notified_ms
       FROM reception.dossier d
       JOIN reception.dossier_history h ON h.dossier_id = d.id AND h.from_status = 'RECEIVED'
       JOIN notification.delivery n ON n.dossier_code = d.code AND n.tenant_id = d.tenant_id
                                    AND n.template = 'dossier-routed' AND n.channel = 'SMS'
      WHERE d.idempotency_key LIKE 'bench-half-%'`,
  );
  const routedMs = flow.map((r) => Number(r.routed_ms));
  const notifiedMs = flow.map((r) => Number(r.notified_ms));

  const rssPeak = Object.fromEntries(
    Object.keys(stack.services).map((n) => [n, Math.max(intakeRun.peak[n], trackingRun.peak[n])]),
  );
  const rssTotal = Object.values(rssPeak).reduce((a, b) => a + b, 0);
  Object.assign(report, {
    baselines: { gatewayOnly, nats: natsBaseline, pgInsert: pgBaseline },
    intake: { ...intake, ratioToPgInsert: intake.rps / pgBaseline.rps },
    tracking: {
      ...tracking,
      ratioToNats: tracking.rps / natsBaseline.rps,
      ratioToGatewayOnly: tracking.rps / gatewayOnly.rps,
    },
    catalogSearch: { ...search, ratioToGatewayOnly: search.rps / gatewayOnly.rps },
    halfPeak: {
      rate: halfRate,
      achievedRps: half.rps,
      dossiers: flow.length,
      routedP50: pct(routedMs, 0.5),
      routedP99: pct(routedMs, 0.99),
      notifiedP50: pct(notifiedMs, 0.5),
      notifiedP99: pct(notifiedMs, 0.99),
    },
    rssPeakMb: rssPeak,
    rssTotalMb: rssTotal,
  });

  const rows = [
    ['gateway alone ({ __typename })', gatewayOnly.rps, gatewayOnly.p50, gatewayOnly.p99, '', ''],
    ['bare NATS request/reply', natsBaseline.rps, natsBaseline.p50, natsBaseline.p99, '', ''],
    ['plain pg INSERT of a dossier row', pgBaseline.rps, pgBaseline.p50, pgBaseline.p99, '', ''],
    [
      'intake (submitDossier)',
      intake.rps,
      intake.p50,
      intake.p99,
      `${fixed(intake.rps / pgBaseline.rps, 3)} of pg`,
      `≥ ${TARGETS.intakeRps}/s, p99 ≤ ${TARGETS.intakeP99} ms`,
    ],
    [
      'public tracking',
      tracking.rps,
      tracking.p50,
      tracking.p99,
      `${fixed(tracking.rps / natsBaseline.rps, 3)} of NATS`,
      `≥ ${TARGETS.trackingRps}/s, p99 ≤ ${TARGETS.trackingP99} ms`,
    ],
    [
      'catalog search',
      search.rps,
      search.p50,
      search.p99,
      `${fixed(search.rps / gatewayOnly.rps, 3)} of gateway`,
      '',
    ],
  ];
  console.log(
    `\n${SECONDS} s per load, ${CONCURRENCY} connections; procedures ${procedures.join(', ')}\n`,
  );
  console.log('| load | req/s | p50 ms | p99 ms | ratio | target |\n|---|---:|---:|---:|---|---|');
  for (const [name, rps, p50, p99, ratio, target] of rows)
    console.log(
      `| ${name} | ${fixed(rps, 0)} | ${fixed(p50)} | ${fixed(p99)} | ${ratio} | ${target} |`,
    );
  console.log(
    `\nsubmit → routed → notified at half peak (${halfRate}/s asked, ${fixed(half.rps, 0)}/s done, ${flow.length} dossiers): routed p50 ${fixed(pct(routedMs, 0.5))} ms p99 ${fixed(pct(routedMs, 0.99))} ms; notified p50 ${fixed(pct(notifiedMs, 0.5))} ms p99 ${fixed(pct(notifiedMs, 0.99))} ms (target p99 ≤ ${TARGETS.notifiedP99} ms)`,
  );
  console.log(
    `RSS peak under load: ${Object.entries(rssPeak)
      .map(([n, mb]) => `${n} ${fixed(mb, 0)} MB`)
      .join(', ')}; total ${fixed(rssTotal, 0)} MB (target ≤ ${TARGETS.rssMb} MB)`,
  );
  for (const [name, run] of [
    ['intake', intake],
    ['tracking', tracking],
    ['search', search],
    ['half-peak', half],
  ])
    if (run.errors)
      console.log(`  ${name}: ${run.errors} failed requests, first: ${run.firstFailure}`);
  mkdirSync(resolve(root, '.motcua'), { recursive: true });
  writeFileSync(resolve(root, '.motcua', 'bench-report.json'), JSON.stringify(report, null, 2));
  console.log('\nreport: .motcua/bench-report.json');
} finally {
  await pg.end().catch(() => undefined);
  await stack.stop();
  await mail.close();
  await sms.close();
  await testing.deleteTestStreams(prefix);
  await db.drop();
}
