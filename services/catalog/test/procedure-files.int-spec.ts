import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcedureImportRow } from '@motcua/contracts';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadCatalogConfig } from '../src/config/catalog.config';
import { exportProcedureFile } from '../src/procedure-files/procedure-export-runner';
import {
  formatProcedureFile,
  parseProcedureFile,
} from '../src/procedure-files/procedure-file-format';
import {
  checkpointPath,
  importProcedureFile,
} from '../src/procedure-files/procedure-import-runner';

const row = (code: string, overrides: Partial<ProcedureImportRow> = {}): ProcedureImportRow => ({
  code,
  version: 1,
  status: 'PUBLISHED',
  validFrom: '2025-07-01',
  name: `Thủ tục thử ${code}`,
  fieldCode: 'G09-TN01',
  fieldName: 'Thử nghiệm',
  levels: [{ level: 'COMMUNE', competentAgencyKind: 'COMMUNE_COMMITTEE' }],
  duration: { value: 3, unit: 'WORKING_DAYS' },
  onlineDuration: null,
  fees: [{ description: 'Lệ phí', amountVnd: 20000 }],
  components: [{ name: 'Tờ khai', copies: 1, required: true, digitizable: true, reusable: false }],
  resultType: 'Giấy xác nhận',
  onlineLevel: 'FULL',
  boundaryFreeScope: 'PROVINCE',
  legalBasis: ['Luật Hộ tịch 2014'],
  ...overrides,
});

describe('procedure files', () => {
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let client: RpcTestClient;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase('procedure_files');
    prefix = testSubjectPrefix();
    const ref = await Test.createTestingModule({
      imports: [AppModule.forRoot(loadCatalogConfig(serviceTestEnv(db, prefix)))],
    }).compile();
    app = ref.createNestApplication(new FastifyAdapter());
    await app.init();
    client = await connectRpcTestClient(prefix);
    dir = mkdtempSync(join(tmpdir(), 'motcua-procedures-'));
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads CSV with JSON cells and keeps a bad cell for the catalog to report', () => {
    const csv = formatProcedureFile('csv', []).trim() + '\n';
    const [header] = csv.split('\n');
    const parsed = parseProcedureFile(
      'csv',
      `${header}\n1.000001,1,PUBLISHED,2025-07-01,Tên,F,Lĩnh vực,"[{""level"":""COMMUNE"",""competentAgencyKind"":""COMMUNE_COMMITTEE""}]",not-json,,[],[],Kết quả,FULL,PROVINCE,[],[],PARCEL,2\n`,
    );
    expect(parsed).toEqual([
      {
        line: 2,
        row: expect.objectContaining({
          code: '1.000001',
          version: 1,
          duration: 'not-json',
          onlineDuration: null,
          jurisdictionBasis: 'PARCEL',
          requiredAssuranceLevel: 2,
        }),
      },
    ]);
  });

  it('imports in batches, resumes after an interruption, and reports bad rows by line', async () => {
    const file = join(dir, 'hanoi.json');
    const rows = [
      row('9.100001'),
      row('9.100002'),
      { ...row('9.100003'), duration: { value: 3, unit: 'WEEKS' } },
      row('9.100004', { requiredAssuranceLevel: 2 }),
      row('9.100005'),
    ];
    writeFileSync(file, JSON.stringify(rows));

    const interrupted = await importProcedureFile({
      rpc: client.rpc,
      tenant: 'hanoi',
      file,
      batchSize: 2,
      maxBatches: 1,
    });
    expect(interrupted).toMatchObject({ total: 5, sent: 2, finished: false });
    expect(existsSync(checkpointPath(file, 'hanoi'))).toBe(true);

    const resumed = await importProcedureFile({
      rpc: client.rpc,
      tenant: 'hanoi',
      file,
      batchSize: 2,
    });
    expect(resumed).toMatchObject({ total: 5, sent: 3, finished: true });
    expect(resumed.results.map((r) => [r.line, r.outcome])).toEqual([
      [3, 'INVALID'],
      [4, 'CREATED'],
      [5, 'CREATED'],
    ]);
    expect(resumed.results[0].errors).toEqual([expect.objectContaining({ path: 'duration.unit' })]);
    expect(existsSync(checkpointPath(file, 'hanoi'))).toBe(false);
  });

  it.each(['csv', 'json'] as const)(
    'exports to %s and imports the export back unchanged',
    async (format) => {
      const out = join(dir, `export.${format}`);
      const count = await exportProcedureFile({ rpc: client.rpc, tenant: 'hanoi', file: out });
      expect(count).toBe(4);
      expect(readFileSync(out, 'utf8')).toContain('Thủ tục thử 9.100001');
      const written = parseProcedureFile(format, readFileSync(out, 'utf8')).map(
        ({ row }) => row as { code: string; requiredAssuranceLevel: unknown },
      );
      expect(written.map((r) => [r.code, r.requiredAssuranceLevel])).toEqual([
        ['9.100001', 1],
        ['9.100002', 1],
        ['9.100004', 2],
        ['9.100005', 1],
      ]);
      const again = await importProcedureFile({
        rpc: client.rpc,
        tenant: 'hanoi',
        file: out,
        fresh: true,
      });
      expect(again.results.map((r) => r.outcome)).toEqual([
        'UNCHANGED',
        'UNCHANGED',
        'UNCHANGED',
        'UNCHANGED',
      ]);
    },
  );

  it('imports a CSV file written before the assurance column existed, at level 1', async () => {
    const file = join(dir, 'older.csv');
    const [header, line] = formatProcedureFile('csv', [])
      .trimEnd()
      .split('\n')
      .concat(
        '9.100010,1,PUBLISHED,2025-07-01,Thủ tục cũ,G09-TN01,Thử nghiệm,"[{""level"":""COMMUNE"",""competentAgencyKind"":""COMMUNE_COMMITTEE""}]","{""value"":3,""unit"":""WORKING_DAYS""}",,[],[],Giấy xác nhận,FULL,PROVINCE,[],[],RESIDENCE',
      );
    const olderHeader = header.replace(/,requiredAssuranceLevel$/, '');
    expect(olderHeader).not.toBe(header);
    writeFileSync(file, `${olderHeader}\n${line}\n`);
    const summary = await importProcedureFile({ rpc: client.rpc, tenant: 'hanoi', file });
    expect(summary.results.map((r) => [r.code, r.outcome])).toEqual([['9.100010', 'CREATED']]);
    await expect(
      client.rpc.request('catalog.procedure.get.v1', { code: '9.100010' }, { tenant: 'hanoi' }),
    ).resolves.toMatchObject({ name: 'Thủ tục cũ', requiredAssuranceLevel: 1 });
  });
});
