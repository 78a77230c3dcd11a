#!/usr/bin/env node
// Times a month's dossier report and public tracking lookups over N synthetic dossiers
// (default 1,000,000):
//   npx tsc -b services/reception && node bench/report.mjs [N]
// A throwaway database gets the reception migrations, N dossiers spread over a year with their
// receipt history entries (generate_series, triggers off), the aggregate rebuilt, then the report
// of one month runs several times through the reception service code (median), and tracking's
// two lookups (dossier by tenant and code, its history) run 8 at a time for 5 s (p50/p99).
// Not part of npm test.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { createTestDatabase } = require(resolve(root, 'libs/testing/dist/index.js'));
const { dataSourceOptions, runMigrationsLocked } = require(
  resolve(root, 'libs/platform/dist/index.js'),
);
const { RECEPTION_DATABASE } = require(resolve(root, 'services/reception/dist/database.js'));
const { ReportRepository } = require(
  resolve(root, 'services/reception/dist/reports/report.repository.js'),
);
const { DossierReportService } = require(
  resolve(root, 'services/reception/dist/reports/dossier-report.service.js'),
);
const { DataSource } = require('typeorm');

const count = Number(process.argv[2] ?? 1_000_000);
const RUNS = 7;
const rnd = (salt) => `((abs(hashtext(g::text || '${salt}')) % 10000) / 10000.0)`;

const db = await createTestDatabase('bench_report');
const ds = new DataSource(dataSourceOptions({ url: db.url, ...RECEPTION_DATABASE }));
const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);
try {
  await ds.initialize();
  await runMigrationsLocked(ds, 'reception');
  let t = performance.now();
  const runner = ds.createQueryRunner();
  await runner.connect();
  // Bulk load without the per-row triggers; the rebuild below computes the same aggregate.
  await runner.query(`SET session_replication_role = replica`);
  await runner.query(
    `INSERT INTO reception.dossier (id, tenant_id, code, idempotency_key, request_hash,
       procedure_code, procedure_version, procedure_name, field_code, level, channel, status,
       national_status_code, applicant_full_name, applicant_personal_id, applicant_phone,
       jurisdiction_unit_code, receiving_branch_id, receiving_branch_name, receiving_unit_code,
       receiving_agency_code, return_branch_id, return_branch_name, received_at, accepted_at,
       due_at, finished_at, pauses, rating, competent_agency_code, received_by, version)
     SELECT gen_random_uuid(), 'hanoi', 'SYN-' || g, 'syn-' || g, 'h', 'P' || (g % 120), 1, 'Thủ tục',
            'F' || (g % 25), 'PROVINCE', (ARRAY['COUNTER', 'ONLINE', 'POSTAL'])[1 + g % 3], status, 4,
            'Nguyễn Văn A', '001090000001', '0900000000', 'U', 'B' || (g % 30), 'Chi nhánh', 'U', 'A',
            'B0', 'Chi nhánh', received_at, received_at, due_at,
            CASE WHEN status IN ('RESULT_READY', 'RETURNED', 'REFUSED') THEN received_at + (${rnd('f')} * interval '12 days') END,
            CASE WHEN status = 'SUPPLEMENT_REQUESTED'
                 THEN jsonb_build_array(jsonb_build_object('from', received_at + interval '1 day', 'to', NULL))
                 ELSE '[]'::jsonb END,
            CASE WHEN status = 'RETURNED' THEN 1 + g % 5 END, 'AG' || (g % 40), 'seed', 1
       FROM (SELECT g, received_at, received_at + (1 + ${rnd('d')} * 9) * interval '1 day' AS due_at,
                    CASE WHEN received_at > now() - interval '20 days' AND x < 0.5 THEN 'PROCESSING'
                         WHEN x < 0.02 THEN 'SUPPLEMENT_REQUESTED' WHEN x < 0.45 THEN 'RESULT_READY'
                         WHEN x < 0.95 THEN 'RETURNED' ELSE 'REFUSED' END AS status
               FROM (SELECT g, ${rnd('s')} AS x,
                            now() - interval '365 days' + ${rnd('r')} * interval '365 days' AS received_at
                       FROM generate_series(1, $1) g) a) b`,
    [count],
  );
  await runner.query(
    `INSERT INTO reception.dossier_history (dossier_id, tenant_id, at, from_status, status,
       national_status_code, actor)
     SELECT id, tenant_id, received_at, NULL, 'RECEIVED', 2, 'seed' FROM reception.dossier`,
  );
  await runner.query(`SET session_replication_role = DEFAULT`);
  await runner.release();
  console.log(`inserted ${count} dossiers and their receipt history in ${seconds(t)} s`);
  t = performance.now();
  await ds.query('SELECT reception.report_day_rebuild()');
  await ds.query('ANALYZE reception.dossier; ANALYZE reception.dossier_report_day');
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM reception.dossier_report_day');
  console.log(`rebuilt the aggregate (${n} rows) in ${seconds(t)} s`);

  const service = new DossierReportService(new ReportRepository(ds));
  const actor = {
    kind: 'STAFF',
    subject: 'bench',
    tenant: 'hanoi',
    roles: ['SUPERVISOR'],
    branchIds: [],
    agencyCodes: [],
    scopes: [],
  };
  const month = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  for (const groupBy of [[], ['BRANCH', 'PROCEDURE'], ['AGENCY', 'DAY']]) {
    const times = [];
    let result;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      result = await service.dossiers(
        'hanoi',
        { from: `${month}-01`, to: last, groupBy, filters: {} },
        actor,
      );
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(
      `month ${month} by [${groupBy.join(', ')}]: ${result.rows.length} rows, received ${result.totals.received}, ` +
        `carried over ${result.totals.carriedOver}; median ${times[RUNS >> 1].toFixed(0)} ms of ${RUNS} runs`,
    );
  }
  // Where the time goes, for the one-row report: the aggregate's flows, the open dossiers.
  const { reportRange } = require(resolve(root, 'services/reception/dist/reports/report-range.js'));
  const repository = new ReportRepository(ds);
  const range = reportRange(`${month}-01`, last, []);
  for (const part of ['flows', 'stocks']) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await repository[part]('hanoi', range, [], {}, { agencies: 'ALL' });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${part}: median ${times[RUNS >> 1].toFixed(0)} ms`);
  }

  // Public tracking: what reception.dossier.track.v1 reads, 8 lookups at a time for 5 s (the pool holds 10).
  await ds.query('ANALYZE reception.dossier_history');
  const latencies = [];
  const deadline = performance.now() + 5000;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (performance.now() < deadline) {
        const code = `SYN-${1 + Math.floor(Math.random() * count)}`;
        const s = performance.now();
        const [dossier] = await ds.query(
          'SELECT * FROM reception.dossier WHERE tenant_id = $1 AND code = $2',
          ['hanoi', code],
        );
        await ds.query(
          'SELECT * FROM reception.dossier_history WHERE dossier_id = $1 ORDER BY at, id',
          [dossier.id],
        );
        latencies.push(performance.now() - s);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  console.log(
    `tracking lookups (8 in flight, 5 s): ${(latencies.length / 5).toFixed(0)}/s, p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`,
  );
} finally {
  await ds.destroy();
  await db.drop();
}
