import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { pendingSchemaChanges } from '@motcua/platform';
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
import { DemoSeeder } from '../src/seed/demo-seeder.service';

describe('catalog service', () => {
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let client: RpcTestClient;

  beforeAll(async () => {
    db = await createTestDatabase('catalog');
    prefix = testSubjectPrefix();
    const config = loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' }));
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    client = await connectRpcTestClient(prefix);
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(app.get(DataSource))).toEqual([]);
  });

  it('lists the seed tenants with the Binh Duong region of HCMC', async () => {
    const { tenants } = await client.rpc.request('catalog.tenant.list.v1', {});
    expect(tenants.map((t) => t.id)).toEqual(
      expect.arrayContaining(['hanoi', 'hcmc', 'quang-ninh']),
    );
    const hcmc = tenants.find((t) => t.id === 'hcmc');
    expect(hcmc?.regions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'binh-duong', validFrom: '2025-07-01' }),
      ]),
    );
  });

  it('finds branches near a point, nearest first, within the radius', async () => {
    const { branches: all } = await client.rpc.request('catalog.branch.list.v1', {
      tenant: 'hanoi',
    });
    expect(all.length).toBeGreaterThan(0);
    const target = all[0];
    const { branches } = await client.rpc.request('catalog.branch.list.v1', {
      near: { lat: target.lat, lng: target.lng },
      radiusKm: 1,
    });
    expect(branches[0].id).toBe(target.id);
    const { branches: far } = await client.rpc.request('catalog.branch.list.v1', {
      near: { lat: 0, lng: 0 },
      radiusKm: 5,
    });
    expect(far).toEqual([]);
  });

  it('pages procedures with a cursor and searches by name', async () => {
    const first = await client.rpc.request(
      'catalog.procedure.list.v1',
      { first: 5 },
      { tenant: 'hanoi' },
    );
    expect(first.items).toHaveLength(5);
    expect(first.totalCount).toBeGreaterThanOrEqual(12);
    expect(first.hasNextPage).toBe(true);
    const second = await client.rpc.request(
      'catalog.procedure.list.v1',
      { first: 5, after: first.endCursor! },
      { tenant: 'hanoi' },
    );
    expect(second.items[0].code > first.items[4].code).toBe(true);
    const found = await client.rpc.request(
      'catalog.procedure.list.v1',
      { search: 'khai sinh' },
      { tenant: 'hanoi' },
    );
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((p) => /khai sinh/i.test(p.name))).toBe(true);
  });

  it('answers NOT_FOUND for an unknown procedure and VALIDATION_FAILED for a malformed code', async () => {
    await expect(
      client.rpc.request('catalog.procedure.get.v1', { code: '9.999999' }, { tenant: 'hanoi' }),
    ).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    const bad = client.rpc.request(
      'catalog.procedure.get.v1',
      { code: 'nope' },
      { tenant: 'hanoi' },
    );
    await expect(bad).rejects.toBeInstanceOf(DomainError);
    await expect(bad).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
  });

  it('refuses tenant-scoped requests without a tenant', async () => {
    await expect(client.rpc.request('catalog.calendar.get.v1', {})).rejects.toMatchObject({
      code: ErrorCode.BadRequest,
    });
  });

  it('serves each tenant its working calendar and keeps dissolved units with successors', async () => {
    const calendar = await client.rpc.request('catalog.calendar.get.v1', {}, { tenant: 'hcmc' });
    expect(calendar.officeHours.length).toBeGreaterThan(0);
    expect(calendar.holidays).toContain('2026-09-02');
    // 2028 is not in the seed: generated from the Labour Code and the lunar calendar (Tết on 26 Jan).
    expect(calendar.holidays).toEqual(
      expect.arrayContaining(['2028-01-25', '2028-01-26', '2028-01-29']),
    );
    const old = await client.rpc.request('catalog.unit.get.v1', { code: '74' }, { tenant: 'hcmc' });
    expect(old).toMatchObject({ validTo: '2025-06-30', successorCode: '79' });
  });

  it('loads the demo data idempotently', async () => {
    const before = await client.rpc.request(
      'catalog.procedure.list.v1',
      { first: 100 },
      { tenant: 'hcmc' },
    );
    await app.get(DemoSeeder).seed();
    const after = await client.rpc.request(
      'catalog.procedure.list.v1',
      { first: 100 },
      { tenant: 'hcmc' },
    );
    expect(after.totalCount).toBe(before.totalCount);
  });
});
