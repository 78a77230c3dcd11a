import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ErrorCode, type Actor, type ProcedureImportRow } from '@motcua/contracts';
import {
  CatalogClient,
  Clock,
  FixedClock,
  PlatformModule,
  baseEnvSchema,
  loadConfig,
} from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  waitFor,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadCatalogConfig } from '../src/config/catalog.config';
import { ProceduresService } from '../src/procedures/procedures.service';

const ADMIN: Actor = {
  kind: 'STAFF',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'demo.hanoi.admin',
  tenant: 'hanoi',
  roles: ['TENANT_ADMIN'],
};
const RECEIVER: Actor = {
  kind: 'STAFF',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'demo.hanoi.receiver',
  tenant: 'hanoi',
  roles: ['RECEIVER'],
};

const HCMC_ADMIN: Actor = { ...ADMIN, subject: 'demo.hcmc.admin', tenant: 'hcmc' };
const CITIZEN: Actor = {
  kind: 'CITIZEN',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'citizen-1',
  roles: [],
  assurance: 2,
};
/** An API client that somehow holds the role: its kind alone rules it out. */
const INTEGRATOR: Actor = {
  kind: 'INTEGRATOR',
  branchIds: [],
  agencyCodes: [],
  scopes: ['dossier:submit'],
  subject: 'national-portal',
  tenant: 'hanoi',
  roles: ['TENANT_ADMIN'],
};
/** The import command's actor: a trusted job with the administrator's rights. */
const IMPORT_JOB: Actor = {
  kind: 'SYSTEM',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'catalog-import',
  roles: ['TENANT_ADMIN'],
};

function row(overrides: Partial<ProcedureImportRow> = {}): ProcedureImportRow {
  return {
    code: '9.000001',
    version: 1,
    status: 'PUBLISHED',
    validFrom: '2025-07-01',
    name: 'Cấp giấy phép thử nghiệm',
    fieldCode: 'G09-TN01',
    fieldName: 'Thử nghiệm',
    levels: [{ level: 'PROVINCE', competentAgencyKind: 'DEPARTMENT' }],
    duration: { value: 5, unit: 'WORKING_DAYS' },
    fees: [{ description: 'Lệ phí', amountVnd: 100000 }],
    components: [{ name: 'Tờ khai', digitizable: true }],
    resultType: 'Giấy phép',
    onlineLevel: 'FULL',
    boundaryFreeScope: 'PROVINCE',
    legalBasis: ['Nghị định 118/2025/NĐ-CP'],
    ...overrides,
  };
}

describe('catalog procedures', () => {
  const clock = new FixedClock(new Date('2026-01-09T03:00:00.000Z'));
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let consumer: INestApplicationContext;
  let client: RpcTestClient;
  const hanoi = (actor?: Actor) => ({ tenant: 'hanoi', actor });

  beforeAll(async () => {
    db = await createTestDatabase('procedures');
    prefix = testSubjectPrefix();
    const config = loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' }));
    const ref = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = ref.createNestApplication(new FastifyAdapter());
    await app.init();
    client = await connectRpcTestClient(prefix);
    // A consumer of reference data, as reception and routing run it: cached, invalidated by events.
    const consumerConfig = loadConfig('consumer', baseEnvSchema, {
      MOTCUA_SUBJECT_PREFIX: prefix,
      LOG_LEVEL: 'silent',
    });
    @Module({
      imports: [
        PlatformModule.forService({
          serviceName: 'consumer',
          config: consumerConfig,
          catalogClient: true,
        }),
      ],
    })
    class ConsumerModule {}
    consumer = await NestFactory.createApplicationContext(ConsumerModule, { logger: false });
    await consumer.init();
  });

  afterAll(async () => {
    await client?.close();
    await consumer?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  describe('search', () => {
    it('finds a procedure typed without diacritics', async () => {
      const found = await client.rpc.request(
        'catalog.procedure.list.v1',
        { search: 'dang ky khai sinh' },
        hanoi(),
      );
      expect(found.items.map((p) => p.name)).toContain('Đăng ký khai sinh');
    });

    it('finds by code and filters by field and level', async () => {
      const byCode = await client.rpc.request(
        'catalog.procedure.list.v1',
        { search: '1.001193' },
        hanoi(),
      );
      expect(byCode.items.map((p) => p.code)).toEqual(['1.001193']);
      const civil = await client.rpc.request(
        'catalog.procedure.list.v1',
        { fieldCode: 'G09-TP01', first: 100 },
        hanoi(),
      );
      expect(civil.items.length).toBeGreaterThan(0);
      expect(civil.items.every((p) => p.fieldCode === 'G09-TP01')).toBe(true);
      const province = await client.rpc.request(
        'catalog.procedure.list.v1',
        { level: 'PROVINCE', first: 100 },
        hanoi(),
      );
      expect(province.items.every((p) => p.level === 'PROVINCE')).toBe(true);
    });
  });

  describe('versions', () => {
    it('keeps a published version unchanged, publishes a new one from a day and answers as of a date', async () => {
      const imported = await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 1, row: row() }] },
        hanoi(ADMIN),
      );
      expect(imported.results[0]).toMatchObject({
        outcome: 'CREATED',
        code: '9.000001',
        version: 1,
      });

      const draft = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: { ...row(), duration: { value: 3, unit: 'WORKING_DAYS' } } },
        hanoi(ADMIN),
      );
      expect(draft).toMatchObject({
        version: 2,
        status: 'DRAFT',
        validFrom: null,
        durationDays: 3,
      });
      // Saving again changes the open draft, not a new version.
      const again = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: { ...row(), duration: { value: 2, unit: 'WORKING_DAYS' } } },
        hanoi(ADMIN),
      );
      expect(again).toMatchObject({ version: 2, durationDays: 2 });

      const published = await client.rpc.request(
        'catalog.procedure.publish.v1',
        { code: '9.000001', version: 2, validFrom: '2026-02-01' },
        hanoi(ADMIN),
      );
      expect(published).toMatchObject({ status: 'PUBLISHED', validFrom: '2026-02-01' });

      const before = await client.rpc.request(
        'catalog.procedure.get.v1',
        { code: '9.000001', asOf: '2026-01-31' },
        hanoi(),
      );
      const after = await client.rpc.request(
        'catalog.procedure.get.v1',
        { code: '9.000001', asOf: '2026-02-01' },
        hanoi(),
      );
      expect([before.version, before.durationDays, before.validTo]).toEqual([1, 5, '2026-01-31']);
      expect([after.version, after.durationDays]).toEqual([2, 2]);

      const versions = await client.rpc.request(
        'catalog.procedure.versions.v1',
        { code: '9.000001' },
        hanoi(),
      );
      expect(versions.versions.map((v) => [v.version, v.status])).toEqual([
        [1, 'PUBLISHED'],
        [2, 'PUBLISHED'],
      ]);
      await expect(
        client.rpc.request(
          'catalog.procedure.publish.v1',
          { code: '9.000001', version: 2, validFrom: '2026-03-01' },
          hanoi(ADMIN),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.Conflict });
    });

    it('refuses to publish into the past', async () => {
      await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000002' }) },
        hanoi(ADMIN),
      );
      await expect(
        client.rpc.request(
          'catalog.procedure.publish.v1',
          { code: '9.000002', version: 1, validFrom: '2026-01-01' },
          hanoi(ADMIN),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });

    it('lets only administrators of the tenant change procedures', async () => {
      const save = (actor?: Actor, tenant = 'hanoi') =>
        client.rpc.request(
          'catalog.procedure.draft.save.v1',
          { definition: row({ code: '9.000003' }) },
          { tenant, actor },
        );
      await expect(save()).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
      await expect(save(RECEIVER)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(save(ADMIN, 'hcmc')).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    });
  });

  describe('reference list sync (demo data on each start)', () => {
    it('publishes a changed procedure as a new version from today, and leaves an unchanged one alone', async () => {
      const service = app.get(ProceduresService);
      const first = await service.syncPublished('hanoi', [
        { line: 1, row: row({ code: '9.000030' }) },
      ]);
      expect(first[0]).toMatchObject({ outcome: 'CREATED', version: 1 });
      const same = await service.syncPublished('hanoi', [
        { line: 1, row: row({ code: '9.000030' }) },
      ]);
      expect(same[0]).toMatchObject({ outcome: 'UNCHANGED', version: 1 });
      const changed = await service.syncPublished('hanoi', [
        { line: 1, row: row({ code: '9.000030', name: 'Tên đã sửa' }) },
      ]);
      expect(changed[0]).toMatchObject({ outcome: 'CREATED', version: 2 });
      const current = await client.rpc.request(
        'catalog.procedure.get.v1',
        { code: '9.000030' },
        hanoi(),
      );
      expect(current).toMatchObject({ version: 2, name: 'Tên đã sửa', validFrom: '2026-01-09' });
      const again = await service.syncPublished('hanoi', [
        { line: 1, row: row({ code: '9.000030', name: 'Tên đã sửa' }) },
      ]);
      expect(again[0]).toMatchObject({ outcome: 'UNCHANGED', version: 2 });
    });
  });

  describe('inter-agency chains', () => {
    const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });
    const chain = (taxOffice: string) => [
      { title: 'Thẩm định hồ sơ', agencyCode: null, duration: days(3) },
      { title: 'Xác định nghĩa vụ tài chính', agencyCode: taxOffice, duration: days(1) },
      { title: 'Cấp giấy phép', agencyCode: null, duration: days(1) },
    ];

    it('keeps the ordered steps of a version, the first at the competent agency', async () => {
      const saved = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000020', interAgencySteps: chain('000.00.10.H26') }) },
        hanoi(ADMIN),
      );
      expect(saved.interAgencySteps).toEqual(chain('000.00.10.H26'));
      const seeded = await client.rpc.request(
        'catalog.procedure.get.v1',
        { code: '1.013978' },
        hanoi(),
      );
      expect(seeded.interAgencySteps.map((s) => [s.agencyCode, s.duration.value])).toEqual([
        [null, 10],
        ['000.00.10.H26', 5],
        [null, 5],
      ]);
      expect(
        (await client.rpc.request('catalog.procedure.get.v1', { code: '1.001193' }, hanoi()))
          .interAgencySteps,
      ).toEqual([]);
    });

    it('refuses agencies the tenant does not have, a first step elsewhere and a lone step', async () => {
      await expect(
        client.rpc.request(
          'catalog.procedure.draft.save.v1',
          // The tax office of Ho Chi Minh City is not Hanoi's.
          { definition: row({ code: '9.000021', interAgencySteps: chain('000.00.10.H29') }) },
          hanoi(ADMIN),
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [
          { path: 'definition.interAgencySteps.1.agencyCode', message: expect.any(String) },
        ],
      });
      const imported = await client.rpc.request(
        'catalog.procedure.import.v1',
        {
          rows: [
            { line: 1, row: row({ code: '9.000022', interAgencySteps: chain('000.00.99.H26') }) },
            {
              line: 2,
              row: row({
                code: '9.000023',
                interAgencySteps: [{ ...chain('000.00.10.H26')[1] }, chain('000.00.10.H26')[2]],
              }),
            },
            {
              line: 3,
              row: row({ code: '9.000024', interAgencySteps: [chain('000.00.10.H26')[0]] }),
            },
          ],
        },
        hanoi(ADMIN),
      );
      expect(imported.results.map((r) => [r.outcome, r.errors.map((e) => e.path)])).toEqual([
        ['INVALID', ['interAgencySteps.1.agencyCode']],
        ['INVALID', ['interAgencySteps.0.agencyCode']],
        ['INVALID', ['interAgencySteps']],
      ]);
    });
  });

  describe('import', () => {
    it('reports each bad row with its line and field, imports the good ones, and is idempotent', async () => {
      const rows = [
        { line: 2, row: row({ code: '9.000010' }) },
        {
          line: 3,
          row: { ...row({ code: '9.000011' }), duration: { value: -1, unit: 'WORKING_DAYS' } },
        },
        { line: 4, row: { ...row({ code: 'bad' }) } },
        { line: 5, row: row({ code: '9.000012', status: 'DRAFT', validFrom: null }) },
      ];
      const first = await client.rpc.request('catalog.procedure.import.v1', { rows }, hanoi(ADMIN));
      expect(first.results.map((r) => [r.line, r.outcome])).toEqual([
        [2, 'CREATED'],
        [3, 'INVALID'],
        [4, 'INVALID'],
        [5, 'CREATED'],
      ]);
      expect(first.results[1].errors).toEqual([
        expect.objectContaining({ path: 'duration.value' }),
      ]);
      expect(first.results[2].errors).toEqual([expect.objectContaining({ path: 'code' })]);

      const second = await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [rows[0], rows[3]] },
        hanoi(ADMIN),
      );
      expect(second.results.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UPDATED']);

      // A published version never changes: the same (code, version) with other content is refused.
      const changed = await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 9, row: row({ code: '9.000010', name: 'Tên khác' }) }] },
        hanoi(ADMIN),
      );
      expect(changed.results[0]).toMatchObject({
        outcome: 'INVALID',
        errors: [expect.objectContaining({ path: 'version' })],
      });
      const stored = await client.rpc.request(
        'catalog.procedure.get.v1',
        { code: '9.000010' },
        hanoi(),
      );
      expect(stored.name).toBe('Cấp giấy phép thử nghiệm');
    });

    it('exports every version page by page', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await client.rpc.request(
          'catalog.procedure.export.v1',
          { first: 7, after },
          hanoi(ADMIN),
        );
        seen.push(...page.items.map((p) => `${p.code}@${p.version}`));
        if (!page.hasNextPage) break;
        after = page.endCursor!;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['1.001193@1', '9.000001@1', '9.000001@2']));
    });
  });

  describe('caches of other services', () => {
    it('answer with the new version once the change is announced', async () => {
      const cache = consumer.get(CatalogClient);
      await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 1, row: row({ code: '9.000020' }) }] },
        hanoi(ADMIN),
      );
      expect((await cache.getProcedure('hanoi', '9.000020')).name).toBe('Cấp giấy phép thử nghiệm');
      await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000020', name: 'Tên mới' }) },
        hanoi(ADMIN),
      );
      await client.rpc.request(
        'catalog.procedure.publish.v1',
        { code: '9.000020', version: 2, validFrom: '2026-01-09' },
        hanoi(ADMIN),
      );
      await waitFor(
        async () => (await cache.getProcedure('hanoi', '9.000020')).name === 'Tên mới' || undefined,
        {
          what: 'the cached procedure to be dropped',
        },
      );
    });
  });

  describe('working calendar', () => {
    it('replaces a year of days off when an administrator loads the published decision, and caches follow', async () => {
      const cache = consumer.get(CatalogClient);
      const before = await cache.getCalendar('hanoi');
      expect(before.holidays).toContain('2027-09-02');
      const updated = await client.rpc.request(
        'catalog.calendar.update.v1',
        {
          years: [
            {
              year: 2027,
              holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-09-02', '2027-09-03'],
              workingDays: ['2027-02-20'],
            },
          ],
        },
        hanoi(ADMIN),
      );
      expect(updated.holidays.filter((d) => d.startsWith('2027-'))).toEqual([
        '2027-01-01',
        '2027-02-05',
        '2027-02-08',
        '2027-09-02',
        '2027-09-03',
      ]);
      expect(updated.workingDays).toContain('2027-02-20');
      expect(updated.holidays).toContain('2026-09-02'); // other years untouched
      await waitFor(
        async () =>
          (await cache.getCalendar('hanoi')).workingDays.includes('2027-02-20') || undefined,
        { what: 'the cached calendar to be dropped' },
      );
    });

    it('refuses days outside the year given, and callers who are not administrators', async () => {
      await expect(
        client.rpc.request(
          'catalog.calendar.update.v1',
          { years: [{ year: 2027, holidays: ['2028-01-01'], workingDays: [] }] },
          hanoi(ADMIN),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
      await expect(
        client.rpc.request('catalog.calendar.update.v1', { weekendDays: [7] }, hanoi(RECEIVER)),
      ).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });
  });

  describe('access, checked by the catalog whatever the gateway let through', () => {
    const refused: [string, Actor | undefined, string][] = [
      ['no actor', undefined, ErrorCode.Unauthenticated],
      ['a receiver of the tenant', RECEIVER, ErrorCode.Forbidden],
      ['a citizen', CITIZEN, ErrorCode.Forbidden],
      ['an API client holding TENANT_ADMIN', INTEGRATOR, ErrorCode.Forbidden],
      ['an administrator of another tenant', HCMC_ADMIN, ErrorCode.Forbidden],
    ];

    beforeAll(async () => {
      // A published version and an open draft for the refused callers to try to change.
      await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 1, row: row({ code: '9.000040' }) }] },
        hanoi(ADMIN),
      );
      await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000040', name: 'Bản nháp của quản trị' }) },
        hanoi(ADMIN),
      );
    });

    it.each(refused)(
      'refuses every change and the export to %s, and nothing changes',
      async (_who, actor, code) => {
        const calendarBefore = await client.rpc.request('catalog.calendar.get.v1', {}, hanoi());
        const attempts = [
          client.rpc.request(
            'catalog.procedure.draft.save.v1',
            { definition: row({ code: '9.000040', name: 'Sửa trái phép' }) },
            hanoi(actor),
          ),
          client.rpc.request(
            'catalog.procedure.draft.save.v1',
            { definition: row({ code: '9.000041' }) },
            hanoi(actor),
          ),
          client.rpc.request(
            'catalog.procedure.publish.v1',
            { code: '9.000040', version: 2, validFrom: '2026-02-01' },
            hanoi(actor),
          ),
          client.rpc.request(
            'catalog.procedure.import.v1',
            { rows: [{ line: 1, row: row({ code: '9.000042' }) }] },
            hanoi(actor),
          ),
          client.rpc.request('catalog.procedure.export.v1', {}, hanoi(actor)),
          client.rpc.request(
            'catalog.calendar.update.v1',
            { officeHours: [{ start: '09:00', end: '10:00' }] },
            hanoi(actor),
          ),
        ];
        for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code });

        const { versions } = await client.rpc.request(
          'catalog.procedure.versions.v1',
          { code: '9.000040' },
          hanoi(ADMIN),
        );
        expect(versions.map((v) => [v.version, v.status, v.name])).toEqual([
          [1, 'PUBLISHED', 'Cấp giấy phép thử nghiệm'],
          [2, 'DRAFT', 'Bản nháp của quản trị'],
        ]);
        for (const absent of ['9.000041', '9.000042'])
          await expect(
            client.rpc.request('catalog.procedure.versions.v1', { code: absent }, hanoi()),
          ).rejects.toMatchObject({ code: ErrorCode.NotFound });
        const calendarAfter = await client.rpc.request('catalog.calendar.get.v1', {}, hanoi());
        expect(calendarAfter.officeHours).toEqual(calendarBefore.officeHours);
      },
    );

    it('lets an administrator of the tenant, and the import job, change procedures', async () => {
      const saved = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000043' }) },
        hanoi(ADMIN),
      );
      expect(saved).toMatchObject({ code: '9.000043', version: 1, status: 'DRAFT' });
      const imported = await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 1, row: row({ code: '9.000044' }) }] },
        hanoi(IMPORT_JOB),
      );
      expect(imported.results[0]).toMatchObject({ outcome: 'CREATED' });
    });

    it('shows drafts to administrators and to services on their own account, not to other people', async () => {
      const versionsAs = (actor?: Actor) =>
        client.rpc.request('catalog.procedure.versions.v1', { code: '9.000040' }, hanoi(actor));
      // Reception and routing read a dossier's version with no actor.
      for (const allowed of [undefined, { ...IMPORT_JOB, roles: [] }, ADMIN])
        expect((await versionsAs(allowed)).versions).toHaveLength(2);
      for (const [actor, code] of [
        [RECEIVER, ErrorCode.Forbidden],
        [CITIZEN, ErrorCode.Forbidden],
        [HCMC_ADMIN, ErrorCode.Forbidden],
      ] as const)
        await expect(versionsAs(actor)).rejects.toMatchObject({ code });
      // Public reads stay public.
      await expect(
        client.rpc.request('catalog.procedure.get.v1', { code: '9.000040' }, hanoi(CITIZEN)),
      ).resolves.toMatchObject({ version: 1 });
    });
  });

  describe('required e-ID assurance level', () => {
    it('is 1 unless a version says 2, and is kept by save, publish, get, list and export', async () => {
      const plain = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000050' }) },
        hanoi(ADMIN),
      );
      expect(plain.requiredAssuranceLevel).toBe(1);
      const strict = await client.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: row({ code: '9.000050', requiredAssuranceLevel: 2 }) },
        hanoi(ADMIN),
      );
      expect(strict).toMatchObject({ version: 1, requiredAssuranceLevel: 2 });
      await client.rpc.request(
        'catalog.procedure.publish.v1',
        { code: '9.000050', version: 1, validFrom: '2026-01-09' },
        hanoi(ADMIN),
      );
      // What reception reads (directly and through its cache) when a citizen submits online.
      await expect(
        client.rpc.request('catalog.procedure.get.v1', { code: '9.000050' }, hanoi()),
      ).resolves.toMatchObject({ requiredAssuranceLevel: 2 });
      await expect(
        consumer.get(CatalogClient).getProcedure('hanoi', '9.000050'),
      ).resolves.toMatchObject({ requiredAssuranceLevel: 2 });
      const listed = await client.rpc.request(
        'catalog.procedure.list.v1',
        { search: '9.000050' },
        hanoi(),
      );
      expect(listed.items.map((p) => p.requiredAssuranceLevel)).toEqual([2]);

      const exported: { code: string; requiredAssuranceLevel: number }[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await client.rpc.request(
          'catalog.procedure.export.v1',
          { first: 500, after },
          hanoi(ADMIN),
        );
        exported.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.endCursor!;
      }
      expect(exported.find((p) => p.code === '9.000050')?.requiredAssuranceLevel).toBe(2);
    });

    it('is imported, defaults to 1 when a row leaves it out, and only 1 or 2 is accepted', async () => {
      const imported = await client.rpc.request(
        'catalog.procedure.import.v1',
        {
          rows: [
            { line: 1, row: row({ code: '9.000051', requiredAssuranceLevel: 2 }) },
            { line: 2, row: row({ code: '9.000052' }) },
            { line: 3, row: { ...row({ code: '9.000053' }), requiredAssuranceLevel: 3 } },
          ],
        },
        hanoi(ADMIN),
      );
      expect(imported.results.map((r) => [r.outcome, r.errors.map((e) => e.path)])).toEqual([
        ['CREATED', []],
        ['CREATED', []],
        ['INVALID', ['requiredAssuranceLevel']],
      ]);
      const level = async (code: string) =>
        (await client.rpc.request('catalog.procedure.get.v1', { code }, hanoi()))
          .requiredAssuranceLevel;
      expect([await level('9.000051'), await level('9.000052')]).toEqual([2, 1]);
      // The level is part of a published version: changing it takes a new version.
      const changed = await client.rpc.request(
        'catalog.procedure.import.v1',
        { rows: [{ line: 1, row: row({ code: '9.000051', requiredAssuranceLevel: 1 }) }] },
        hanoi(ADMIN),
      );
      expect(changed.results[0]).toMatchObject({
        outcome: 'INVALID',
        errors: [expect.objectContaining({ path: 'version' })],
      });
      expect(await level('9.000051')).toBe(2);
    });

    it('is 2 for the demo land and business registrations, 1 for the others', async () => {
      const level = async (code: string) =>
        (await client.rpc.request('catalog.procedure.get.v1', { code }, hanoi()))
          .requiredAssuranceLevel;
      expect(await level('2.001610')).toBe(2); // đăng ký thành lập doanh nghiệp tư nhân
      expect(await level('1.013978')).toBe(2); // đăng ký đất đai lần đầu
      expect(await level('1.001193')).toBe(1); // đăng ký khai sinh
    });
  });
});
