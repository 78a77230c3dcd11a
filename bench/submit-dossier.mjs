#!/usr/bin/env node
// Throughput and latency of dossier intake through the whole platform, against a baseline
// measured in the same run (a trivial public query through the same gateway), and the time
// from receipt to "routed". The machine is shared and noisy: compare the ratios, not the
// absolute figures, and quote medians of the rounds.
//   npm run bench            (ROUNDS=3 SECONDS=5 CONCURRENCY=32 by default)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { fetchPlatformToken, freeServicePorts, startStack } = require(
  resolve(root, 'libs/devstack/dist/index.js'),
);
const testing = require(resolve(root, 'libs/testing/dist/index.js'));

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 5);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const ROUTED_SAMPLE = 30;

import { readFileSync } from 'node:fs';
import pgModule from 'pg';

const { Client } = pgModule;

/** CPU time (user + system, ms) a process has used so far, from /proc. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Fires requests for SECONDS, CONCURRENCY at a time (autocannon: cheap on the client's CPU). */
async function load(url, makeBody, headers) {
  let errors = 0;
  const started = performance.now();
  const result = await autocannon({
    url,
    connections: CONCURRENCY,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify(makeBody()) }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) errors += 1;
        },
      },
    ],
  });
  // Our own clock: autocannon's `duration` is at least its one-second sampling tick.
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts,
  };
}

const db = await testing.createTestDatabase('bench');
const prefix = testing.testSubjectPrefix();
const mail = await testing.SmtpSink.start();
const sms = await testing.HttpSink.start();
const stack = await startStack({
  databaseUrl: db.url,
  natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  subjectPrefix: prefix,
  ports: await freeServicePorts(),
  idpPort: 0,
  demoSeed: true,
  smtpUrl: mail.url,
  smsGatewayUrl: sms.url,
  logLevel: 'warn',
  logDir: resolve(root, '.motcua', 'bench-logs'),
  root,
});
let pg;
try {
  // A platform token: the gateway accepts no other (signed in upstream, exchanged at /auth/token).
  const token = (
    await fetchPlatformToken({
      gatewayUrl: stack.services.gateway.url,
      issuer: stack.idp.issuers.staff.hanoi,
      // A supervisor: the bench receives at three branches; a receiver only at their own.
      username: 'demo.hanoi.supervisor',
    })
  ).access_token;
  const staff = { authorization: `Bearer ${token}` };
  const url = stack.graphqlUrl;
  // Baselines: the gateway alone, and one catalog read over NATS and Postgres.
  const gatewayOnlyBody = () => ({ query: '{ __typename }' });
  const baselineBody = () => ({ query: '{ tenants { id } }' });
  let serial = 0;
  const submitBody = () => {
    serial += 1;
    return {
      query:
        'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code dueAt } }',
      variables: {
        input: {
          idempotencyKey: `bench-${prefix}${serial}`,
          procedureCode: '1.001193',
          components: testing.demoRequiredComponents('1.001193'),
          branchId: ['hn-ba-dinh', 'hn-hoan-kiem', 'hn-cau-giay'][serial % 3],
          jurisdictionUnitCode: '00070',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
    };
  };
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  /** Polls until every dossier is routed and every message sent: the pipeline has drained. */
  const drained = async () => {
    for (;;) {
      const { rows } = await pg.query(
        `SELECT (SELECT count(*) FROM reception.dossier WHERE status = 'RECEIVED')
              + (SELECT count(*) FROM notification.delivery WHERE status = 'PENDING') AS busy`,
      );
      if (Number(rows[0].busy) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await load(url, baselineBody, {}); // warm-up
  const rounds = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const gatewayOnly = await load(url, gatewayOnlyBody, {});
    const baseline = await load(url, baselineBody, {});
    const cpuBefore = Object.fromEntries(
      Object.entries(stack.services).map(([name, p]) => [name, cpuMs(p.pid)]),
    );
    const submitted = serial;
    const submit = await load(url, submitBody, staff);
    // Let the pipeline (routing, notifications) finish this round's dossiers before reading CPU.
    await drained();
    const dossiers = serial - submitted;
    const perDossier = Object.entries(stack.services).map(
      ([name, p]) => `${name} ${((cpuMs(p.pid) - cpuBefore[name]) / dossiers).toFixed(2)}`,
    );
    console.log(`  CPU ms per dossier: ${perDossier.join(', ')}`);
    rounds.push({ gatewayOnly, baseline, submit, ratio: submit.rps / baseline.rps });
    console.log(
      `round ${r}: gateway only ${gatewayOnly.rps.toFixed(0)} req/s | catalog read ${baseline.rps.toFixed(0)} req/s (p50 ${baseline.p50.toFixed(1)} ms) | submitDossier ${submit.rps.toFixed(0)} req/s (p50 ${submit.p50.toFixed(1)} ms, p99 ${submit.p99.toFixed(1)} ms, errors ${submit.errors}) | ratio ${(submit.rps / baseline.rps).toFixed(3)}`,
    );
  }
  // Receipt → routed (reception → outbox → JetStream → routing → outbox → reception), unloaded.
  const routedMs = [];
  for (let i = 0; i < ROUTED_SAMPLE; i++) {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...staff },
      body: JSON.stringify(submitBody()),
    });
    const code = (await res.json()).data.submitDossier.code;
    for (;;) {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...staff },
        body: JSON.stringify({
          query: 'query($c: String!) { dossier(code: $c) { status } }',
          variables: { c: code },
        }),
      });
      if ((await r.json()).data.dossier.status === 'PROCESSING') break;
    }
    routedMs.push(performance.now() - t0);
  }
  console.log(
    `\nmedian of ${ROUNDS} rounds (${SECONDS} s each, ${CONCURRENCY} in flight): gateway only ${median(rounds.map((r) => r.gatewayOnly.rps)).toFixed(0)} req/s, catalog read ${median(rounds.map((r) => r.baseline.rps)).toFixed(0)} req/s, submitDossier ${median(rounds.map((r) => r.submit.rps)).toFixed(0)} req/s, ratio ${median(rounds.map((r) => r.ratio)).toFixed(3)}; submit p50 ${median(rounds.map((r) => r.submit.p50)).toFixed(1)} ms, p99 ${median(rounds.map((r) => r.submit.p99)).toFixed(1)} ms`,
  );
  console.log(
    `receipt → routed (polled through the gateway, ${ROUTED_SAMPLE} dossiers): median ${median(routedMs).toFixed(1)} ms, p90 ${pct(routedMs, 0.9).toFixed(1)} ms`,
  );
} finally {
  await pg?.end();
  await stack.stop();
  await mail.close();
  await sms.close();
  await testing.deleteTestStreams(prefix);
  await db.drop();
}
