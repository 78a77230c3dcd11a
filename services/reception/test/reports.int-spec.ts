import { DataSource } from 'typeorm';
import { ErrorCode, type Actor, type ReportDimension, type RpcRequest } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import {
  citizenActor,
  receiverActor,
  submitDossierRequest,
  supervisorActor,
} from './factories/submit-dossier.factory';
import { handlerActor, transitionDossier } from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';
import { expectedReport, loadDossiers, sortedRows, type Stored } from './support/report-oracle';
import { insertSyntheticDossiers } from './support/synthetic-dossiers';

const NOW = new Date('2026-04-15T03:00:00.000Z');
const approver = (agencyCodes: string[]): Actor =>
  handlerActor({ subject: 'head', roles: ['APPROVER'], agencyCodes });

describe('dossier reports (reception.report.*)', () => {
  let stack: ReceptionStack;
  let ds: DataSource;
  const clock = new FixedClock(NOW);
  let dossiers: Stored[];

  const report = (request: RpcRequest<'reception.report.dossiers.v1'>, actor: Actor) =>
    stack.client.rpc.request('reception.report.dossiers.v1', request, { tenant: 'hanoi', actor });

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reports', clock });
    ds = stack.reception.get(DataSource);
    // One through the service (row-level security on, the tenant's role writes the aggregate).
    const submitted = await stack.client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest(),
      { tenant: 'hanoi', actor: receiverActor() },
    );
    await transitionDossier(stack.client, submitted.code, {
      type: 'REFUSE',
      reasons: ['thiếu giấy tờ'],
    });
    await insertSyntheticDossiers(ds, 'hanoi', 3000, new Date('2025-12-01T00:00:00Z'), 130);
    // Another tenant's dossiers never show in Hanoi's report.
    await insertSyntheticDossiers(ds, 'hcm', 200, new Date('2026-01-01T00:00:00Z'), 60);
    // Later changes move the contributions: routing, results, ratings, scans.
    await ds.query(
      `UPDATE reception.dossier SET competent_agency_code = 'AG9'
        WHERE tenant_id = 'hanoi' AND competent_agency_code IS NULL AND code LIKE 'SYN-%'
          AND right(code, 1) IN ('1', '3')`,
    );
    await ds.query(
      `UPDATE reception.dossier SET status = 'RESULT_READY', finished_at = received_at + interval '40 hours'
        WHERE tenant_id = 'hanoi' AND status = 'PROCESSING' AND right(code, 1) = '7'`,
    );
    await ds.query(
      `UPDATE reception.dossier SET rating = 5 WHERE status = 'RETURNED' AND rating IS NULL
          AND right(code, 1) = '2'`,
    );
    await ds.query(
      `INSERT INTO reception.attachment (id, tenant_id, dossier_id, dossier_code, component_name,
              file_name, content_type, size, status, requested_by, created_at)
       SELECT gen_random_uuid(), d.tenant_id, d.id, d.code, 'Tờ khai', 'a.pdf', 'application/pdf',
              10, 'PENDING', 'seed', now()
         FROM reception.dossier d, generate_series(1, 2) n
        WHERE right(d.code, 1) IN ('4', '5', '6')`,
    );
    await ds.query(
      `UPDATE reception.attachment SET status = 'STORED'
        WHERE right(dossier_code, 1) IN ('4', '5') OR (right(dossier_code, 1) = '6' AND size = 10 AND id::text < '8')`,
    );
    dossiers = await loadDossiers(ds, 'hanoi');
  }, 120_000);

  afterAll(() => stack?.close());

  describe('reception.report.dossiers.v1', () => {
    it.each<[ReportDimension[], string, string]>([
      [['BRANCH', 'AGENCY', 'MONTH'], '2026-01-01', '2026-03-31'],
      [['PROCEDURE', 'FIELD'], '2026-02-01', '2026-02-28'],
      [['TENANT', 'DAY'], '2026-01-20', '2026-02-10'],
      [[], '2025-12-01', '2026-04-30'],
    ])('equals a direct count over the dossiers by %j from %s to %s', async (groupBy, from, to) => {
      const actual = await report({ from, to, groupBy }, supervisorActor());
      const expected = expectedReport(dossiers, from, to, groupBy);
      expect(sortedRows(actual.rows)).toEqual(expected.rows);
      expect(actual.totals).toEqual(expected.totals);
      expect(actual.totals.received).toBeGreaterThan(0);
    });

    it("shows an agency head only their agencies' dossiers", async () => {
      const actual = await report(
        { from: '2026-01-01', to: '2026-03-31', groupBy: ['AGENCY'] },
        approver(['AG1', 'AG2']),
      );
      const expected = expectedReport(
        dossiers,
        '2026-01-01',
        '2026-03-31',
        ['AGENCY'],
        ['AG1', 'AG2'],
      );
      expect(sortedRows(actual.rows)).toEqual(expected.rows);
      expect(actual.rows.map((r) => r.agencyCode).sort()).toEqual(['AG1', 'AG2']);
    });

    it('answers FORBIDDEN to citizens, receivers and heads asking for another agency', async () => {
      const request = { from: '2026-01-01', to: '2026-01-31' };
      for (const actor of [citizenActor(), receiverActor(), handlerActor()])
        await expect(report(request, actor)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(
        report({ ...request, filters: { agencyCode: 'AG3' } }, approver(['AG1'])),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    });

    it('answers VALIDATION_FAILED for a reversed or too long range', async () => {
      for (const [from, to] of [
        ['2026-02-01', '2026-01-01'],
        ['2025-01-01', '2026-03-01'],
      ])
        await expect(report({ from, to }, supervisorActor())).rejects.toMatchObject({
          code: ErrorCode.ValidationFailed,
        });
    });
  });

  describe('the daily aggregate', () => {
    it('equals a rebuild from the dossiers after every change', async () => {
      const snapshot = () =>
        ds.query(
          `SELECT * FROM reception.dossier_report_day
            WHERE received <> 0 OR digitized <> 0 OR finished_early <> 0 OR finished_on_time <> 0
               OR finished_late <> 0 OR processing_minutes <> 0 OR closed_without_result <> 0
               OR rated <> 0 OR satisfied <> 0
            ORDER BY tenant_id, day, branch_id, agency_code, procedure_code, field_code, channel`,
        );
      const maintained = await snapshot();
      await ds.query('SELECT reception.report_day_rebuild()');
      expect(await snapshot()).toEqual(maintained);
    });
  });

  describe('the digitized count', () => {
    it('counts a dossier once when two transactions store its first scans at once', async () => {
      const [{ id, code }] = await ds.query<{ id: string; code: string }[]>(
        `SELECT id, code FROM reception.dossier
          WHERE tenant_id = 'hanoi' AND code LIKE 'SYN-%' AND right(code, 1) = '8' LIMIT 1`,
      );
      const attachmentIds = await ds.query<{ id: string }[]>(
        `INSERT INTO reception.attachment (id, tenant_id, dossier_id, dossier_code, component_name,
                file_name, content_type, size, status, requested_by, created_at)
         SELECT gen_random_uuid(), 'hanoi', $1, $2, 'Tờ khai', 'a.pdf', 'application/pdf', 10,
                'PENDING', 'seed', now() FROM generate_series(1, 2) RETURNING id`,
        [id, code],
      );
      const digitized = async () => {
        const [{ n }] = await ds.query<{ n: number }[]>(
          'SELECT sum(digitized)::int AS n FROM reception.dossier_report_day WHERE tenant_id = $1',
          ['hanoi'],
        );
        return n;
      };
      const before = await digitized();
      const [a, b] = [ds.createQueryRunner(), ds.createQueryRunner()];
      await a.startTransaction();
      await b.startTransaction();
      await a.query(`UPDATE reception.attachment SET status = 'STORED' WHERE id = $1`, [
        attachmentIds[0].id,
      ]);
      // Waits for the dossier row a holds; once a commits it sees a's scan.
      const second = b.query(`UPDATE reception.attachment SET status = 'STORED' WHERE id = $1`, [
        attachmentIds[1].id,
      ]);
      await a.commitTransaction();
      await second;
      await b.commitTransaction();
      await a.release();
      await b.release();
      expect(await digitized()).toBe(before + 1);
    });
  });

  describe('reception.report.service-index.v1', () => {
    it('scores the five Decision 766 groups out of 100', async () => {
      const index = await stack.client.rpc.request(
        'reception.report.service-index.v1',
        { from: '2026-01-01', to: '2026-03-31', portalSync: { total: 100, synced: 90 } },
        { tenant: 'hanoi', actor: supervisorActor() },
      );
      expect(index.maxPoints).toBe(100);
      expect(index.groups.map((g) => [g.key, g.maxPoints])).toEqual([
        ['TRANSPARENCY', 18],
        ['PROGRESS', 20],
        ['DIGITIZATION', 22],
        ['ONLINE', 22],
        ['SATISFACTION', 18],
      ]);
      expect(index.groups[0].points).toBe(16.2);
      const totals = expectedReport(dossiers, '2026-01-01', '2026-03-31', []).totals;
      expect(index.groups[3].measures[0].value).toBe(totals.onlineRate);
      expect(index.points).toBeCloseTo(
        index.groups.reduce((s, g) => s + g.points, 0),
        5,
      );
    });
  });
});
