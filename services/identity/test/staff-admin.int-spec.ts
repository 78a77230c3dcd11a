import { DataSource } from 'typeorm';
import { ErrorCode, type Actor, type RpcRequest } from '@motcua/contracts';
import { dataSourceOptions, FixedClock, runMigrationsLocked } from '@motcua/platform';
import { createTestDatabase } from '@motcua/testing';
import { Initial1795306122158 } from '../src/migrations/1795306122158-initial';
import { StaffUnitsAndApiClients1795325475378 } from '../src/migrations/1795325475378-staff-units-and-api-clients';
import { StaffChangeEntity } from '../src/staff/staff-change.entity';
import { StaffEntity } from '../src/staff/staff.entity';
import { StaffRepository } from '../src/staff/staff.repository';
import {
  HANOI_ADMIN,
  HANOI_AUDITOR,
  HANOI_RECEIVER,
  HANOI_SUPERVISOR,
  HCMC_ADMIN,
  staffActor,
  startAdminStack,
  type AdminStack,
} from './support/admin-stack';

/** Sở Tư pháp and Sở Tài chính of Hanoi in the catalog's demo seed. */
const TU_PHAP = '000.00.01.H26';
const TAI_CHINH = '000.00.02.H26';

describe('staff administration', () => {
  const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
  let stack: AdminStack;

  const save = (
    request: RpcRequest<'identity.staff.save.v1'>,
    actor: Actor = HANOI_ADMIN,
    tenant = 'hanoi',
  ) => stack.client.rpc.request('identity.staff.save.v1', request, { tenant, actor });
  const list = (actor: Actor, includeInactive = false, tenant = 'hanoi') =>
    stack.client.rpc.request('identity.staff.list.v1', { includeInactive }, { tenant, actor });
  const stored = (tenantId: string, subject: string) =>
    stack.dataSource.getRepository(StaffEntity).findOneByOrFail({ tenantId, subject });
  const changesOf = (tenantId: string, subject: string) =>
    stack.dataSource
      .getRepository(StaffChangeEntity)
      .find({ where: { tenantId, subject }, order: { changedAt: 'ASC' } });

  beforeAll(async () => {
    stack = await startAdminStack('identity_staff_admin', clock);
  });

  afterAll(() => stack?.close());

  describe('identity.staff.save.v1', () => {
    it('creates a member with several branches and agencies and records who did it', async () => {
      const saved = await save({
        subject: 'hanoi.nguyen-van-a',
        displayName: 'Nguyễn Văn A',
        roles: ['RECEIVER', 'HANDLER'],
        branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'],
        agencyCodes: [TU_PHAP, TAI_CHINH],
      });

      expect(saved).toEqual({
        id: expect.any(String),
        tenant: 'hanoi',
        subject: 'hanoi.nguyen-van-a',
        displayName: 'Nguyễn Văn A',
        roles: ['RECEIVER', 'HANDLER'],
        branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'],
        agencyCodes: [TU_PHAP, TAI_CHINH],
        active: true,
        updatedAt: expect.any(String),
      });
      expect(await stored('hanoi', 'hanoi.nguyen-van-a')).toMatchObject({
        roles: ['RECEIVER', 'HANDLER'],
        branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'],
        agencyCodes: [TU_PHAP, TAI_CHINH],
      });
      expect(await changesOf('hanoi', 'hanoi.nguyen-van-a')).toEqual([
        expect.objectContaining({
          staffId: saved.id,
          changedBy: 'demo.hanoi.admin',
          changedAt: clock.now(),
          before: null,
          after: {
            displayName: 'Nguyễn Văn A',
            roles: ['RECEIVER', 'HANDLER'],
            branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'],
            agencyCodes: [TU_PHAP, TAI_CHINH],
            active: true,
          },
        }),
      ]);
    });

    it('changes a member, keeping the before and after in the trail; saving the same again records nothing', async () => {
      clock.advance(60_000);
      const change = {
        subject: 'hanoi.nguyen-van-a',
        displayName: 'Nguyễn Văn A',
        roles: ['APPROVER' as const],
        agencyCodes: [TU_PHAP],
      };
      await expect(save(change)).resolves.toMatchObject({ roles: ['APPROVER'], branchIds: [] });
      await expect(save(change)).resolves.toMatchObject({ roles: ['APPROVER'] });

      const trail = await changesOf('hanoi', 'hanoi.nguyen-van-a');
      expect(trail).toHaveLength(2);
      expect(trail[1]).toMatchObject({
        changedAt: clock.now(),
        before: { roles: ['RECEIVER', 'HANDLER'], branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'] },
        after: { roles: ['APPROVER'], branchIds: [], agencyCodes: [TU_PHAP] },
      });
    });

    it('answers VALIDATION_FAILED naming every unit the tenant does not have, and saves nothing', async () => {
      const attempt = save({
        subject: 'hanoi.tran-thi-b',
        displayName: 'Trần Thị B',
        roles: ['RECEIVER', 'HANDLER'],
        // A branch of HCMC and one that exists nowhere; an agency of HCMC and a made-up one.
        branchIds: ['hn-ba-dinh', 'hcm-trung-tam', 'hn-khong-co'],
        agencyCodes: [TU_PHAP, '000.00.01.H29', '000.99.99.H26'],
      });

      await expect(attempt).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [
          { path: 'branchIds', message: 'no branch of hanoi: hcm-trung-tam, hn-khong-co' },
          { path: 'agencyCodes', message: 'no agency of hanoi: 000.00.01.H29, 000.99.99.H26' },
        ],
      });
      await expect(
        stack.dataSource
          .getRepository(StaffEntity)
          .existsBy({ tenantId: 'hanoi', subject: 'hanoi.tran-thi-b' }),
      ).resolves.toBe(false);
    });

    it('answers VALIDATION_FAILED when a receiver has no branch or a handler no agency', async () => {
      await expect(
        save({ subject: 'hanoi.le-van-c', displayName: 'Lê Văn C', roles: ['RECEIVER'] }),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [{ path: 'branchIds', message: 'a RECEIVER needs at least one branch' }],
      });
      await expect(
        save({
          subject: 'hanoi.le-van-c',
          displayName: 'Lê Văn C',
          roles: ['HANDLER'],
          branchIds: ['hn-ba-dinh'],
        }),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [{ path: 'agencyCodes', message: 'a HANDLER needs at least one agency' }],
      });
    });

    it('answers FORBIDDEN when a supervisor grants themselves TENANT_ADMIN, and nothing changes', async () => {
      const before = await stored('hanoi', 'demo.hanoi.supervisor');

      await expect(
        save(
          {
            subject: 'demo.hanoi.supervisor',
            displayName: before.displayName,
            roles: ['SUPERVISOR', 'RECEIVER', 'TENANT_ADMIN'],
            branchIds: ['hn-ba-dinh'],
          },
          HANOI_SUPERVISOR,
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'only TENANT_ADMIN may change staff',
      });

      expect(await stored('hanoi', 'demo.hanoi.supervisor')).toEqual(before);
      expect(await changesOf('hanoi', 'demo.hanoi.supervisor')).toEqual([]);
    });

    it('answers FORBIDDEN when the caller claims TENANT_ADMIN but identity does not know them as one', async () => {
      const forged = { ...HANOI_SUPERVISOR, roles: ['TENANT_ADMIN'] };
      await expect(
        save(
          {
            subject: 'demo.hanoi.supervisor',
            displayName: 'Lê Thị Hồng Nhung',
            roles: ['TENANT_ADMIN'],
          },
          forged,
        ),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      expect((await stored('hanoi', 'demo.hanoi.supervisor')).roles).toEqual([
        'SUPERVISOR',
        'RECEIVER',
      ]);
    });

    it('answers FORBIDDEN when an administrator of hanoi saves staff of hcmc', async () => {
      const before = await stored('hcmc', 'demo.hcmc.receiver');

      await expect(
        save(
          {
            subject: 'demo.hcmc.receiver',
            displayName: before.displayName,
            roles: ['TENANT_ADMIN'],
          },
          HANOI_ADMIN,
          'hcmc',
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'staff of hanoi may not change staff of hcmc',
      });
      expect(await stored('hcmc', 'demo.hcmc.receiver')).toEqual(before);
    });

    it('answers FORBIDDEN when an administrator removes their own TENANT_ADMIN role or deactivates themselves', async () => {
      const self = {
        subject: 'demo.hanoi.admin',
        displayName: 'Phạm Quốc Tuấn',
        roles: ['TENANT_ADMIN' as const],
      };
      await expect(save({ ...self, roles: ['SUPERVISOR'] })).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message:
          'an administrator cannot remove their own TENANT_ADMIN role; ask another administrator',
      });
      await expect(save({ ...self, active: false })).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'an administrator cannot deactivate themselves; ask another administrator',
      });
      expect(await stored('hanoi', 'demo.hanoi.admin')).toMatchObject({
        roles: ['TENANT_ADMIN'],
        active: true,
      });

      // Adding a role to oneself while staying administrator is fine.
      await expect(save({ ...self, roles: ['TENANT_ADMIN', 'AUDITOR'] })).resolves.toMatchObject({
        roles: ['TENANT_ADMIN', 'AUDITOR'],
      });
    });

    it('lets another administrator demote an administrator, who loses the power at once', async () => {
      await save({
        subject: 'hanoi.admin-2',
        displayName: 'Phan Văn Hai',
        roles: ['TENANT_ADMIN'],
      });
      const second = staffActor('hanoi', 'x', ['TENANT_ADMIN'], { subject: 'hanoi.admin-2' });

      await expect(
        save(
          { subject: 'hanoi.nguyen-van-a', displayName: 'Nguyễn Văn A', roles: ['AUDITOR'] },
          second,
        ),
      ).resolves.toMatchObject({ roles: ['AUDITOR'] });
      await save({ subject: 'hanoi.admin-2', displayName: 'Phan Văn Hai', roles: ['AUDITOR'] });

      // Their token still says TENANT_ADMIN; identity's table no longer does.
      await expect(
        save(
          { subject: 'hanoi.nguyen-van-a', displayName: 'Nguyễn Văn A', roles: ['TENANT_ADMIN'] },
          second,
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'hanoi.admin-2 is no active TENANT_ADMIN of hanoi (any more)',
      });
    });

    it('refuses a change that would leave the tenant without an active administrator (two demoting each other at once)', async () => {
      // Both passed the access check before either committed: the repository is the last guard.
      const staff = stack.identity.get(StaffRepository);
      await expect(
        staff.saveAudited(
          {
            tenantId: 'hanoi',
            subject: 'demo.hanoi.admin',
            displayName: 'Phạm Quốc Tuấn',
            roles: ['AUDITOR'],
            branchIds: [],
            agencyCodes: [],
            active: true,
          },
          { changedBy: 'hanoi.admin-2', at: clock.now() },
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.Conflict,
        message: 'tenant hanoi must keep at least one active TENANT_ADMIN',
      });
      expect((await stored('hanoi', 'demo.hanoi.admin')).roles).toContain('TENANT_ADMIN');
    });

    it('answers UNAUTHENTICATED without an actor and FORBIDDEN for a citizen', async () => {
      const request = { subject: 'x', displayName: 'X Y', roles: [] };
      await expect(
        stack.client.rpc.request('identity.staff.save.v1', request, { tenant: 'hanoi' }),
      ).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
      await expect(
        save(request, staffActor('hanoi', 'admin', ['TENANT_ADMIN'], { kind: 'CITIZEN' })),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    });
  });

  describe('identity.staff.list.v1', () => {
    it('lists the active staff of the tenant to its administrators, supervisors and auditors', async () => {
      for (const actor of [HANOI_ADMIN, HANOI_SUPERVISOR, HANOI_AUDITOR]) {
        const { staff } = await list(actor);
        expect(staff.every((m) => m.tenant === 'hanoi' && m.active)).toBe(true);
        expect(staff.find((m) => m.subject === 'demo.hanoi.receiver')).toMatchObject({
          displayName: 'Nguyễn Thị Thu Hà',
          roles: ['RECEIVER'],
          branchIds: ['hn-ba-dinh'],
          agencyCodes: [],
        });
        expect(staff.find((m) => m.subject === 'demo.hanoi.approver')).toMatchObject({
          roles: ['APPROVER'],
          agencyCodes: [TU_PHAP],
        });
      }
    });

    it('shows deactivated members only when asked', async () => {
      await save({
        subject: 'hanoi.nghi-viec',
        displayName: 'Đào Thị Nghỉ',
        roles: ['AUDITOR'],
        active: false,
      });
      const subjects = async (includeInactive: boolean) =>
        (await list(HANOI_AUDITOR, includeInactive)).staff.map((m) => m.subject);
      expect(await subjects(false)).not.toContain('hanoi.nghi-viec');
      expect(await subjects(true)).toContain('hanoi.nghi-viec');
    });

    it('answers FORBIDDEN to a receiver and to an administrator of another tenant', async () => {
      await expect(list(HANOI_RECEIVER)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'only TENANT_ADMIN or SUPERVISOR or AUDITOR may see the staff',
      });
      await expect(list(HCMC_ADMIN, false, 'hanoi')).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });
  });
});

describe('migration StaffUnitsAndApiClients', () => {
  it('moves each staff member’s branch and agency into the lists', async () => {
    const db = await createTestDatabase('identity_staff_units_migration');
    const open = async (migrations: Function[]) => {
      const ds = new DataSource(
        dataSourceOptions({ url: db.url, schema: 'identity', entities: [], migrations }),
      );
      await ds.initialize();
      await runMigrationsLocked(ds, 'identity');
      return ds;
    };
    try {
      const before = await open([Initial1795306122158]);
      await before.query(
        `INSERT INTO identity.staff (tenant_id, subject, display_name, roles, branch_id, agency_code)
         VALUES ('hanoi', 'r', 'R', '{RECEIVER}', 'hn-ba-dinh', NULL),
                ('hanoi', 'h', 'H', '{HANDLER}', NULL, '000.00.01.H26'),
                ('hanoi', 'a', 'A', '{TENANT_ADMIN}', NULL, NULL)`,
      );
      await before.destroy();

      const after = await open([Initial1795306122158, StaffUnitsAndApiClients1795325475378]);
      const rows: unknown = await after.query(
        'SELECT subject, branch_ids, agency_codes FROM identity.staff ORDER BY subject',
      );
      await after.destroy();
      expect(rows).toEqual([
        { subject: 'a', branch_ids: [], agency_codes: [] },
        { subject: 'h', branch_ids: [], agency_codes: ['000.00.01.H26'] },
        { subject: 'r', branch_ids: ['hn-ba-dinh'], agency_codes: [] },
      ]);
    } finally {
      await db.drop();
    }
  });
});
