import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { StaffEntity } from './staff.entity';

/** What an administrator (or the demo seed) sets on a staff member; ids and timestamps are the database's. */
export type StaffRecord = Pick<
  StaffEntity,
  'tenantId' | 'subject' | 'displayName' | 'roles' | 'branchId' | 'agencyCode' | 'active'
>;

@Injectable()
export class StaffRepository {
  constructor(@InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>) {}

  findBySubject(tenantId: string, subject: string): Promise<StaffEntity | null> {
    return this.staff.findOneBy({ tenantId, subject });
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
}
