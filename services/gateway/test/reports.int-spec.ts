import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import request from 'supertest';
import type { DossierReportRow } from '@motcua/contracts';
// The reception's test data and its row-by-row oracle (tests may import another service).
import {
  expectedReport,
  loadDossiers,
  sortedRows,
  type Stored,
} from '../../reception/test/support/report-oracle';
import {
  insertSyntheticDossiers,
  type Queryable,
} from '../../reception/test/support/synthetic-dossiers';
import {
  graphqlClient,
  postGraphql,
  startGatewayStack,
  type GatewayStack,
} from './support/gateway-stack';

const ROW_FIELDS = `tenant branchId agencyCode procedureCode fieldCode period carriedOver
  receivedOnline receivedCounter receivedPostal received finishedEarly finishedOnTime
  finishedLate closedWithoutResult inProgressWithinTime inProgressOverdue paused
  averageProcessingMinutes rated satisfied digitized onTimeRate satisfactionRate
  digitizationRate onlineRate`;
const REPORT = `query($input: DossierReportInput!) {
  dossierReport(input: $input) { rows { ${ROW_FIELDS} } totals { ${ROW_FIELDS} } } }`;
/** Sở Tư pháp Hà Nội: the demo handler's agency. */
const HANDLER_AGENCY = '000.00.01.H26';

type Headers = Record<string, string>;

describe('reports (gateway)', () => {
  let stack: GatewayStack;
  let pg: Client;
  let db: Queryable;
  let dossiers: Stored[];
  let supervisor: Headers;
  let admin: Headers;
  let receiver: Headers;
  let approver: Headers;
  let citizen: Headers;
  const { data, errorCodes } = graphqlClient(() => stack.gateway);

  const exportFile = (format: 'csv' | 'xlsx', query: string, headers: Headers = supervisor) =>
    request(stack.gateway.getHttpServer())
      .get(`/reports/dossiers.${format}?${query}`)
      .set(headers)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_reports',
      services: ['catalog', 'identity', 'reception', 'routing', 'notification'],
    });
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
    db = {
      query: async <T>(sql: string, params?: unknown[]) => (await pg.query(sql, params)).rows as T,
    };
    await insertSyntheticDossiers(db, 'hanoi', 1500, new Date('2026-01-01T00:00:00Z'), 75);
    dossiers = await loadDossiers(db, 'hanoi');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor');
    admin = await stack.staffAuth('demo.hanoi.admin');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    approver = await stack.staffAuth('demo.hanoi.approver');
    citizen = {
      authorization: await stack.tokenFor('citizen-001', stack.idp.issuers.citizen),
      'x-tenant': 'hanoi',
    };
  }, 180_000);

  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  describe('dossierReport', () => {
    it('equals a direct count over the dossiers', async () => {
      const input = { from: '2026-01-01', to: '2026-03-15', groupBy: ['BRANCH', 'MONTH'] };
      const { dossierReport } = await data<{
        dossierReport: { rows: DossierReportRow[]; totals: DossierReportRow };
      }>(REPORT, { input }, supervisor);
      const expected = expectedReport(dossiers, input.from, input.to, ['BRANCH', 'MONTH']);
      expect(sortedRows(dossierReport.rows)).toEqual(expected.rows);
      expect(dossierReport.totals).toEqual(expected.totals);
      expect(dossierReport.totals.received).toBeGreaterThan(1000);
    });

    it('answers typed errors for bad input', async () => {
      const input = (over: Record<string, unknown>) => ({
        input: { from: '2026-01-01', to: '2026-01-31', ...over },
      });
      expect(await errorCodes(REPORT, input({ from: '2026-02-01' }), supervisor)).toEqual([
        'VALIDATION_FAILED',
      ]);
      expect(await errorCodes(REPORT, input({ from: '2024-01-01' }), supervisor)).toEqual([
        'VALIDATION_FAILED',
      ]);
      // Variables that do not fit their types are refused before execution (HTTP 400).
      for (const bad of [input({ groupBy: ['WEEK'] }), input({ to: '2026-02-30' })]) {
        const res = await postGraphql(stack.gateway, REPORT, bad, supervisor);
        expect(res.status).toBe(400);
        const { errors } = res.body as { errors: { extensions?: { code?: string } }[] };
        expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('is FORBIDDEN to receivers, citizens and to a head asking for another agency', async () => {
      const input = { input: { from: '2026-01-01', to: '2026-01-31' } };
      expect(await errorCodes(REPORT, input, receiver)).toEqual(['FORBIDDEN']);
      expect(await errorCodes(REPORT, input, citizen)).toEqual(['FORBIDDEN']);
      expect(
        await errorCodes(REPORT, { input: { ...input.input, agencyCode: 'AG1' } }, approver),
      ).toEqual(['FORBIDDEN']);
      // Their own agency only: none of the synthetic dossiers is Sở Tư pháp's.
      const { dossierReport } = await data<{ dossierReport: { totals: DossierReportRow } }>(
        REPORT,
        input,
        approver,
      );
      expect(dossierReport.totals.received).toBe(0);
    });
  });

  describe('exports', () => {
    const query = 'from=2026-01-01&to=2026-03-15&groupBy=BRANCH,MONTH';
    let rows: DossierReportRow[];
    let totals: DossierReportRow;

    beforeAll(async () => {
      ({
        dossierReport: { rows, totals },
      } = await data<{ dossierReport: { rows: DossierReportRow[]; totals: DossierReportRow } }>(
        REPORT,
        { input: { from: '2026-01-01', to: '2026-03-15', groupBy: ['BRANCH', 'MONTH'] } },
        supervisor,
      ));
    });

    it('writes the rows and the totals as CSV with Vietnamese headings', async () => {
      const res = await exportFile('csv', query);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const records: Record<string, string>[] = parse(res.body as Buffer, {
        columns: true,
        bom: true,
      });
      expect(records).toHaveLength(rows.length + 1);
      for (const [i, r] of rows.entries()) {
        expect(records[i]['Kỳ báo cáo']).toBe(r.period);
        expect(records[i]['Chi nhánh tiếp nhận']).toBe(r.branchId);
        expect(Number(records[i]['Tổng tiếp nhận trong kỳ'])).toBe(r.received);
        expect(Number(records[i]['Đang giải quyết quá hạn'])).toBe(r.inProgressOverdue);
        expect(Number(records[i]['Tồn kỳ trước chuyển sang'])).toBe(r.carriedOver);
      }
      const total = records[rows.length];
      expect(total['Kỳ báo cáo']).toBe('Tổng cộng');
      expect(Number(total['Đã giải quyết đúng hạn'])).toBe(totals.finishedOnTime);
    });

    it('writes the same as an XLSX sheet', async () => {
      const res = await exportFile('xlsx', query);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(11).value).toBe('Tổng tiếp nhận trong kỳ');
      expect(sheet.getRow(2).getCell(3).value).toBe(rows[0].branchId);
      expect(sheet.getRow(2).getCell(11).value).toBe(rows[0].received);
      const last = sheet.getRow(rows.length + 2);
      expect(last.getCell(1).value).toBe('Tổng cộng');
      expect(last.getCell(11).value).toBe(totals.received);
    });

    it('answers 401 without a token, 403 to citizens and 400 for bad parameters', async () => {
      expect((await exportFile('csv', query, {})).status).toBe(401);
      expect((await exportFile('csv', query, citizen)).status).toBe(403);
      expect((await exportFile('xlsx', query, receiver)).status).toBe(403);
      const bad = await exportFile('csv', 'from=2026-01-01&to=2026-01-31&groupBy=WEEK');
      expect(bad.status).toBe(400);
      expect((await exportFile('csv', 'from=2026-02-01&to=2026-01-01')).status).toBe(400);
    });
  });

  describe('serviceIndex', () => {
    const INDEX = `query($from: Date!, $to: Date!) { serviceIndex(from: $from, to: $to) {
      points maxPoints groups { key points maxPoints measures { key value points maxPoints approximation } } } }`;

    it('scores the five Decision 766 groups with the share synced from notification', async () => {
      const { serviceIndex } = await data<{
        serviceIndex: {
          points: number;
          maxPoints: number;
          groups: { key: string; maxPoints: number; measures: { key: string; value: number }[] }[];
        };
      }>(INDEX, { from: '2026-01-01', to: '2026-03-15' }, supervisor);
      expect(serviceIndex.maxPoints).toBe(100);
      expect(serviceIndex.groups.map((g) => [g.key, g.maxPoints])).toEqual([
        ['TRANSPARENCY', 18],
        ['PROGRESS', 20],
        ['DIGITIZATION', 22],
        ['ONLINE', 22],
        ['SATISFACTION', 18],
      ]);
      const expected = expectedReport(dossiers, '2026-01-01', '2026-03-15', []).totals;
      const online = serviceIndex.groups[3].measures[0];
      expect(online.value).toBe(expected.onlineRate);
      // Notification saw none of the rows written straight to the table: nothing to sync.
      expect(serviceIndex.groups[0].measures[0]).toMatchObject({ key: 'PORTAL_SYNCED_SHARE' });
      expect(await errorCodes(INDEX, { from: '2026-01-01', to: '2026-01-31' }, approver)).toEqual([
        'FORBIDDEN',
      ]);
    });
  });

  describe('handlerThroughput', () => {
    const THROUGHPUT = `query($agency: String!, $from: Date!, $to: Date!) {
      handlerThroughput(agencyCode: $agency, from: $from, to: $to) {
        subject normPerYear normForPeriod handled ratio } }`;

    it("counts an agency's handlers' closed dossiers against their norm pro rata", async () => {
      const [dossier] = dossiers;
      await db.query(
        `INSERT INTO reception.dossier_history (dossier_id, tenant_id, at, from_status, status,
                command, national_status_code, actor)
         VALUES ($1, 'hanoi', '2026-02-10T03:00:00Z', 'PROCESSING', 'RESULT_READY',
                 'MARK_RESULT_READY', 9, 'demo.hanoi.handler')`,
        [dossier.id],
      );
      const { handlerThroughput } = await data<{
        handlerThroughput: {
          subject: string;
          normPerYear: number;
          normForPeriod: number;
          handled: number;
        }[];
      }>(THROUGHPUT, { agency: HANDLER_AGENCY, from: '2026-01-01', to: '2026-03-31' }, admin);
      const handler = handlerThroughput.find((h) => h.subject === 'demo.hanoi.handler');
      expect(handler).toBeDefined();
      expect([1600, 1200, 800]).toContain(handler!.normPerYear);
      expect(handler!.normForPeriod).toBeCloseTo((handler!.normPerYear * 90) / 365, 1);
      expect(handler!.handled).toBe(1);
      expect(
        await errorCodes(
          THROUGHPUT,
          { agency: HANDLER_AGENCY, from: '2026-01-01', to: '2026-03-31' },
          receiver,
        ),
      ).toEqual(['FORBIDDEN']);
    });
  });
});
