import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, StaffRole } from '@motcua/contracts';
import type { EntityManager, Repository } from 'typeorm';
import { StaffChangeEntity, type StaffSnapshot } from './staff-change.entity';
import { StaffEntity } from './staff.entity';

/** What an administrator (or the demo seed) sets on a staff member; ids and timestamps are the database's. */
export type StaffRecord = Pick<
  StaffEntity,
  'tenantId' | 'subject' | 'displayName' | 'roles' | 'branchIds' | 'agencyCodes' | 'active'
>;

/** A change an administrator makes, for the audit trail. */
export interface StaffChangeBy {
  changedBy: string;
  at: Date;
}

export interface SavedStaff {
  member: StaffEntity;
  /** False when the member already had exactly these values (nothing written, nothing audited). */
  changed: boolean;
}

@Injectable()
export class StaffRepository {
  constructor(@InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>) {}

  findBySubject(tenantId: string, subject: string): Promise<StaffEntity | null> {
    return this.staff.findOneBy({ tenantId, subject });
  }

  list(tenantId: string, includeInactive: boolean): Promise<StaffEntity[]> {
    return this.staff.find({
      where: includeInactive ? { tenantId } : { tenantId, active: true },
      order: { subject: 'ASC' },
    });
  }

  /** Inserts or updates by (tenant, subject); rows that would not change keep their updated_at. */
  async upsert(records: StaffRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.staff.manager.transaction(async (m) => {
      // Serialise concurrent seeders (several replicas starting at once).
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['motcua:identity:staff-upsert']);
      await m.upsert(StaffEntity, records, {
        conflictPaths: ['tenantId', 'subject'],
        skipUpdateIfNoValuesChanged: true,
      });
    });
  }

  /**
   * Creates or changes one member and records the change in `staff_change`, in one transaction.
   * Changes of one tenant are serialised, and one that would leave the tenant without an active
   * administrator is refused (two administrators demoting each other at once).
   */
  async saveAudited(record: StaffRecord, by: StaffChangeBy): Promise<SavedStaff> {
    return this.staff.manager.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `motcua:identity:staff:${record.tenantId}`,
      ]);
      const existing = await m.findOneBy(StaffEntity, {
        tenantId: record.tenantId,
        subject: record.subject,
      });
      const before = existing ? snapshotOf(existing) : null;
      const after = snapshotOf(record);
      if (existing && sameSnapshot(before!, after)) return { member: existing, changed: false };

      const member = existing
        ? await m.save(StaffEntity, Object.assign(existing, record))
        : await m.save(StaffEntity, m.create(StaffEntity, record));
      await this.requireActiveAdmin(m, record.tenantId);
      await m.insert(StaffChangeEntity, {
        tenantId: record.tenantId,
        staffId: member.id,
        subject: record.subject,
        changedBy: by.changedBy,
        changedAt: by.at,
        before,
        after,
      });
      return { member, changed: true };
    });
  }

  /** The audit trail of one member, oldest first. */
  changesOf(tenantId: string, subject: string): Promise<StaffChangeEntity[]> {
    return this.staff.manager.find(StaffChangeEntity, {
      where: { tenantId, subject },
      order: { changedAt: 'ASC' },
    });
  }

  private async requireActiveAdmin(m: EntityManager, tenantId: string): Promise<void> {
    const admins = await m
      .createQueryBuilder(StaffEntity, 's')
      .where('s.tenant_id = :tenantId AND s.active AND :role = ANY(s.roles)', {
        tenantId,
        role: StaffRole.TenantAdmin,
      })
      .getCount();
    if (admins === 0)
      throw new DomainError(
        ErrorCode.Conflict,
        `tenant ${tenantId} must keep at least one active TENANT_ADMIN`,
      );
  }
}

function snapshotOf(s: StaffRecord): StaffSnapshot {
  return {
    displayName: s.displayName,
    roles: [...s.roles],
    branchIds: [...s.branchIds],
    agencyCodes: [...s.agencyCodes],
    active: s.active,
  };
}

function sameSnapshot(a: StaffSnapshot, b: StaffSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
