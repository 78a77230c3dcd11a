import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ErrorCode, type Actor, type Dossier } from '@motcua/contracts';
import {
  FixedClock,
  actAsTenant,
  asSystem,
  dataSourceOptions,
  requestContext,
  tenantTablesWithoutRowLevelSecurity,
} from '@motcua/platform';
import { waitFor, type RpcTestClient } from '@motcua/testing';
import { RECEPTION_DATABASE, RECEPTION_ROW_LEVEL_SECURITY } from '../src/database';
import { OverdueTimersService } from '../src/deadlines/overdue-timers.service';
import { DossierEntity } from '../src/dossiers/dossier.entity';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import { HANDLER_AGENCY, handlerActor, publishTestEvent } from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Monday 12 Jan 2026, 10:00 in Vietnam. */
const MONDAY = new Date('2026-01-12T03:00:00.000Z');
const HOUR = 3_600_000;
/** Cấp Phiếu lý lịch tư pháp: NATION scope, so HCMC hands a Hanoi ward's dossier over. */
const JUDICIAL_RECORD = '2.000488';
const HANOI_UNIT = '00070';
const HCMC_AGENCY = '000.00.03.H29';
const ROLE = RECEPTION_ROW_LEVEL_SECURITY.role;

const hcmcReceiver = (branchId: string): Actor =>
  receiverActor({ subject: 'demo.hcmc.receiver', tenant: 'hcmc', branchIds: [branchId] });
const supervisor = (tenant: string): Actor =>
  receiverActor({ subject: `demo.${tenant}.supervisor`, tenant, roles: ['SUPERVISOR'] });

/** Runs `fn` as a request handler of `tenant` would (no tenant: a handler without one). */
const inRequestOf = <T>(tenant: string | undefined, fn: () => Promise<T>): Promise<T> =>
  requestContext.run({ tenant }, fn);

describe('row-level security in the reception schema', () => {
  let stack: ReceptionStack;
  let client: RpcTestClient;
  let ds: DataSource;
  const clock = new FixedClock(MONDAY);
  let hanoi: Dossier;
  let hcmc: Dossier;

  const get = (tenant: string, code: string) =>
    client.rpc.request('reception.dossier.get.v1', { code }, { tenant, actor: supervisor(tenant) });
  const until = (tenant: string, code: string, done: (d: Dossier) => boolean) =>
    waitFor(
      async () => {
        const d = await get(tenant, code).catch(() => undefined);
        return d && done(d) ? d : undefined;
      },
      { what: `${code} in ${tenant}` },
    );
  /** What a query sees as tenant work of `tenant`. */
  const tenantsSeenBy = (tenant: string | undefined, sql: string) =>
    inRequestOf(tenant, () => ds.query<{ tenant_id: string }[]>(sql)).then((rows) =>
      rows.map((r) => r.tenant_id),
    );
  const route = (dossier: Dossier, agencyCode: string) =>
    publishTestEvent(
      stack,
      'dossier.routed.v1',
      dossier.tenant,
      {
        dossierId: dossier.id,
        code: dossier.code,
        agencyCode,
        agencyName: `agency ${agencyCode}`,
        ruleId: 'r1',
        routedAt: clock.now().toISOString(),
      },
      clock.now(),
    );

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_rls', clock });
    ({ client } = stack);
    ds = stack.reception.get(DataSource);
    hanoi = await client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(), {
      tenant: 'hanoi',
      actor: receiverActor(),
    });
    hcmc = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({ branchId: 'hcm-thu-dau-mot', jurisdictionUnitCode: '25747' }),
      { tenant: 'hcmc', actor: hcmcReceiver('hcm-thu-dau-mot') },
    );
  });

  afterAll(() => stack?.close());

  it('runs tenant work as the row-level-security role with its tenant, other work as the owner', async () => {
    const who = `SELECT current_user AS role, coalesce(current_setting('motcua.tenant', true), '') AS tenant`;
    const ask = () => ds.query<{ role: string; tenant: string }[]>(who).then(([r]) => r);
    const owner = (await ds.query<{ u: string }[]>('SELECT session_user AS u'))[0].u;

    await expect(inRequestOf('hanoi', ask)).resolves.toEqual({ role: ROLE, tenant: 'hanoi' });
    await expect(inRequestOf('hcmc', ask)).resolves.toEqual({ role: ROLE, tenant: 'hcmc' });
    await expect(inRequestOf(undefined, ask)).resolves.toEqual({ role: ROLE, tenant: '' });
    await expect(inRequestOf('hanoi', () => asSystem(ask))).resolves.toEqual({
      role: owner,
      tenant: '',
    });
    await expect(ask()).resolves.toEqual({ role: owner, tenant: '' });
    // A transaction checks out through the same pool.
    await expect(
      inRequestOf('hcmc', () => ds.transaction((m) => m.query<unknown[]>(who))),
    ).resolves.toEqual([{ role: ROLE, tenant: 'hcmc' }]);
  });

  it('shows tenant work only its own rows, though the query names no tenant', async () => {
    for (const table of ['dossier', 'dossier_history', 'dossier_sequence']) {
      const all = await tenantsSeenBy(undefined, `SELECT tenant_id FROM reception.${table}`);
      expect(all).toEqual([]);
      const seenByHanoi = await tenantsSeenBy('hanoi', `SELECT tenant_id FROM reception.${table}`);
      expect(seenByHanoi.length).toBeGreaterThan(0);
      expect(new Set(seenByHanoi)).toEqual(new Set(['hanoi']));
      const seenByHcmc = await tenantsSeenBy('hcmc', `SELECT tenant_id FROM reception.${table}`);
      expect(new Set(seenByHcmc)).toEqual(new Set(['hcmc']));
    }
    // As system (the owner) both are there.
    const codes = await ds.query<{ tenant_id: string }[]>(
      'SELECT tenant_id FROM reception.dossier WHERE id = ANY($1) ORDER BY tenant_id',
      [[hanoi.id, hcmc.id]],
    );
    expect(codes.map((r) => r.tenant_id)).toEqual(['hanoi', 'hcmc']);
  });

  it('keeps a repository query that forgets the tenant inside its request', async () => {
    const dossiers = ds.getRepository(DossierEntity);
    await inRequestOf('hanoi', async () => {
      const found = await dossiers.find();
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => d.tenantId === 'hanoi')).toBe(true);
      await expect(dossiers.findOneBy({ id: hcmc.id })).resolves.toBeNull();
      await expect(dossiers.findOneBy({ code: hcmc.code })).resolves.toBeNull();
      await expect(dossiers.findOneBy({ id: hanoi.id })).resolves.toMatchObject({
        code: hanoi.code,
      });
      // Nor can it change another tenant's row it cannot see.
      const result = await dossiers.update({ id: hcmc.id }, { rating: 1 });
      expect(result.affected).toBe(0);
    });
    await expect(ds.getRepository(DossierEntity).findOneBy({ id: hcmc.id })).resolves.toMatchObject(
      { rating: null },
    );
  });

  it("refuses to write another tenant's rows", async () => {
    const insertSequence = (tenant: string) =>
      `INSERT INTO reception.dossier_sequence (unit_agency_code, day, tenant_id, last_value)
       VALUES ('rls-test', '2026-01-12', '${tenant}', 1)`;
    await expect(inRequestOf('hanoi', () => ds.query(insertSequence('hcmc')))).rejects.toThrow(
      /row-level security/,
    );
    await expect(inRequestOf(undefined, () => ds.query(insertSequence('hanoi')))).rejects.toThrow(
      /row-level security/,
    );
    // Moving its own row to another tenant is refused too (WITH CHECK).
    await expect(
      inRequestOf('hanoi', () =>
        ds.query(`UPDATE reception.dossier SET tenant_id = 'hcmc' WHERE id = $1`, [hanoi.id]),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await inRequestOf('hanoi', () =>
      ds.query<{ n: number }[]>(
        `WITH u AS (UPDATE reception.dossier SET rating = 1 WHERE id = $1 RETURNING id)
         SELECT count(*)::int AS n FROM u`,
        [hcmc.id],
      ),
    );
    expect(updated).toEqual([{ n: 0 }]);
    // Tenant work deletes nothing at all.
    await expect(
      inRequestOf('hanoi', () =>
        ds.query('DELETE FROM reception.dossier WHERE id = $1', [hanoi.id]),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps the tables of every tenant out of tenant work', async () => {
    for (const table of ['outbox', 'dead_letter', 'migrations']) {
      await expect(
        inRequestOf('hanoi', () => ds.query(`SELECT count(*) FROM reception.${table}`)),
      ).rejects.toThrow(/permission denied/);
    }
    await expect(
      tenantTablesWithoutRowLevelSecurity(ds, RECEPTION_DATABASE.schema, ROLE),
    ).resolves.toEqual([]);
  });

  it('switches to another tenant only inside a transaction, and only until it ends', async () => {
    await inRequestOf('hcmc', async () => {
      const inside = await ds.transaction(async (m) => {
        await actAsTenant(m, 'hanoi');
        return m.query<{ tenant_id: string }[]>('SELECT DISTINCT tenant_id FROM reception.dossier');
      });
      expect(inside.map((r) => r.tenant_id)).toEqual(['hanoi']);
      const after = await ds.query<{ tenant_id: string }[]>(
        'SELECT DISTINCT tenant_id FROM reception.dossier',
      );
      expect(after.map((r) => r.tenant_id)).toEqual(['hcmc']);
      await expect(actAsTenant(ds.manager, 'hanoi')).rejects.toThrow(/inside a transaction/);
    });
  });

  it('serves the flow of both tenants: submit, get, route, transition', async () => {
    await expect(get('hanoi', hanoi.code)).resolves.toMatchObject({ tenant: 'hanoi' });
    await expect(get('hcmc', hcmc.code)).resolves.toMatchObject({ tenant: 'hcmc' });
    await expect(get('hanoi', hcmc.code)).rejects.toMatchObject({ code: ErrorCode.NotFound });

    clock.set(new Date(MONDAY.getTime() + HOUR));
    await route(hanoi, HANDLER_AGENCY);
    await route(hcmc, HCMC_AGENCY);
    await until('hanoi', hanoi.code, (d) => d.status === 'PROCESSING');
    await until('hcmc', hcmc.code, (d) => d.status === 'PROCESSING');

    await expect(
      client.rpc.request(
        'reception.dossier.transition.v1',
        { code: hcmc.code, command: { type: 'MARK_RESULT_READY' } },
        {
          tenant: 'hcmc',
          actor: handlerActor({
            subject: 'demo.hcmc.handler',
            tenant: 'hcmc',
            agencyCodes: [HCMC_AGENCY],
          }),
        },
      ),
    ).resolves.toMatchObject({ status: 'RESULT_READY' });
    // The same code under the other tenant is not found there.
    await expect(
      client.rpc.request(
        'reception.dossier.transition.v1',
        { code: hcmc.code, command: { type: 'MARK_RESULT_READY' } },
        { tenant: 'hanoi', actor: handlerActor() },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });

  it('hands a dossier over across provinces and mirrors the deciding tenant onto the copy', async () => {
    clock.set(MONDAY);
    const received = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({
        procedureCode: JUDICIAL_RECORD,
        branchId: 'hcm-trung-tam',
        jurisdictionUnitCode: HANOI_UNIT,
      }),
      { tenant: 'hcmc', actor: hcmcReceiver('hcm-trung-tam') },
    );
    expect(received).toMatchObject({ tenant: 'hcmc', decidingTenant: 'hanoi' });
    const deciding = await until('hanoi', received.code, () => true);
    expect(deciding).toMatchObject({ tenant: 'hanoi', receivedInTenant: 'hcmc' });

    clock.set(new Date(MONDAY.getTime() + HOUR));
    await route(deciding, HANDLER_AGENCY);
    // The copy is HCMC's row, changed from Hanoi's event.
    const copy = await until('hcmc', received.code, (d) => d.status === 'PROCESSING');
    expect(copy.competentAgency).toMatchObject({ code: HANDLER_AGENCY });
  });

  it('sends the overdue notices of every tenant from one sweep', async () => {
    const timers = stack.reception.get(OverdueTimersService);
    const fresh = await Promise.all([
      client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(), {
        tenant: 'hanoi',
        actor: receiverActor(),
      }),
      client.rpc.request(
        'reception.dossier.submit.v1',
        submitDossierRequest({ branchId: 'hcm-thu-dau-mot', jurisdictionUnitCode: '25747' }),
        { tenant: 'hcmc', actor: hcmcReceiver('hcm-thu-dau-mot') },
      ),
    ]);
    const lastDue = Math.max(...fresh.map((d) => new Date(d.dueAt).getTime()));
    clock.set(new Date(lastDue + HOUR));
    // From a request of one tenant, as a timer armed there would run: still every tenant's.
    await inRequestOf('hanoi', () => timers.reload());
    await timers.fireDue();
    const notified = await ds.query<{ tenant_id: string }[]>(
      `SELECT tenant_id FROM reception.dossier
       WHERE id = ANY($1) AND overdue_notified_at IS NOT NULL ORDER BY tenant_id`,
      [fresh.map((d) => d.id)],
    );
    expect(notified.map((r) => r.tenant_id)).toEqual(['hanoi', 'hcmc']);
  });

  describe('a pooled connection', () => {
    let single: DataSource;
    /** Who the connection acts as, and how many tenants' dossiers it sees. */
    const ask = (manager = single.manager) =>
      manager
        .query<{ role: string; n: number }[]>(
          `SELECT current_user AS role,
                  (SELECT count(DISTINCT tenant_id)::int FROM reception.dossier) AS n`,
        )
        .then(([r]) => r);

    beforeAll(async () => {
      single = new DataSource(
        dataSourceOptions({ ...RECEPTION_DATABASE, url: stack.db.url, poolSize: 1 }),
      );
      await single.initialize();
    });

    afterAll(() => single?.destroy());

    it('acts for whoever checks it out next, whatever it did before', async () => {
      const owner = (await ask()).role;
      for (const [tenant, expected] of [
        ['hanoi', { role: ROLE, n: 1 }],
        ['hcmc', { role: ROLE, n: 1 }],
        [undefined, { role: ROLE, n: 0 }],
        ['hanoi', { role: ROLE, n: 1 }],
      ] as const) {
        await expect(inRequestOf(tenant, () => ask())).resolves.toEqual(expected);
      }
      await expect(ask()).resolves.toEqual({ role: owner, n: 2 });
      await expect(inRequestOf('hcmc', () => single.transaction((m) => ask(m)))).resolves.toEqual({
        role: ROLE,
        n: 1,
      });
    });

    it('is never reused when it came back inside a transaction', async () => {
      const pool = (single.driver as PostgresDriver).master as Pool;
      const leaked = await pool.connect();
      await leaked.query('BEGIN');
      leaked.release();
      const next = await inRequestOf('hanoi', () => pool.connect());
      try {
        expect(next).not.toBe(leaked);
        expect(next.getTransactionStatus()).toBe('I');
      } finally {
        next.release();
      }
      await expect(inRequestOf('hanoi', () => ask())).resolves.toEqual({ role: ROLE, n: 1 });
    });
  });
});
