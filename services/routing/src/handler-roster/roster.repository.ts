import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Candidate } from '../assignments/assignment-policy';
import type { VietnamDay } from '../vietnam-days';
import { HandlerAbsenceEntity } from './handler-absence.entity';
import { HandlerEntity } from './handler.entity';

/** A handler with what the day's choices and the head's list need to know of their load. */
export interface HandlerLoad extends Candidate {
  tenantId: string;
  displayName: string;
  agencyCode: string;
  areaKind: HandlerEntity['areaKind'];
  handledThisYear: number;
}

interface LoadRow {
  tenant_id: string;
  subject: string;
  display_name: string;
  agency_code: string;
  field_codes: string[] | null;
  area_kind: HandlerEntity['areaKind'];
  daily_capacity: number;
  active: boolean;
  open_load: string;
  assigned_today: string;
  handled_this_year: string;
  absent_today: boolean;
}

@Injectable()
export class RosterRepository {
  find(manager: EntityManager, tenant: string, subject: string): Promise<HandlerEntity | null> {
    return manager.findOne(HandlerEntity, { where: { tenantId: tenant, subject } });
  }

  async save(manager: EntityManager, handler: HandlerEntity): Promise<void> {
    await manager.upsert(HandlerEntity, handler, ['tenantId', 'subject']);
  }

  /**
   * Handlers of a tenant (one agency, or one subject) with their open load, what they were given
   * today, what they closed this year and whether they are absent today.
   */
  async loads(
    manager: EntityManager,
    tenant: string,
    filter: { agencyCode?: string; subject?: string },
    day: VietnamDay,
  ): Promise<HandlerLoad[]> {
    const rows = await manager.query<LoadRow[]>(
      `SELECT h.tenant_id, h.subject, h.display_name, h.agency_code, h.field_codes, h.area_kind,
              h.daily_capacity, h.active,
              (SELECT count(*) FROM routing.dossier_assignment a
                WHERE a.tenant_id = h.tenant_id AND a.handler_subject = h.subject
                  AND a.state = 'OPEN') AS open_load,
              (SELECT count(*) FROM routing.dossier_assignment_history x
                WHERE x.tenant_id = h.tenant_id AND x.handler_subject = h.subject
                  AND x.at >= $3 AND x.at < $4) AS assigned_today,
              (SELECT count(*) FROM routing.dossier_assignment a
                WHERE a.tenant_id = h.tenant_id AND a.handler_subject = h.subject
                  AND a.state = 'CLOSED' AND a.closed_at >= $5)
              -- Inter-agency steps they handed over to the next agency count as handled too.
              + (SELECT count(*) FROM routing.dossier_chain_step s
                WHERE s.tenant_id = h.tenant_id AND s.handler_subject = h.subject
                  AND s.status = 'DONE' AND s.finished_at >= $5) AS handled_this_year,
              EXISTS (SELECT 1 FROM routing.routing_handler_absence b
                WHERE b.tenant_id = h.tenant_id AND b.subject = h.subject
                  AND b.from_date <= $6 AND b.to_date >= $6) AS absent_today
         FROM routing.routing_handler h
        WHERE h.tenant_id = $1
          AND ($2::text IS NULL OR h.agency_code = $2)
          AND ($7::text IS NULL OR h.subject = $7)
        ORDER BY h.agency_code, h.subject`,
      [
        tenant,
        filter.agencyCode ?? null,
        day.start,
        day.end,
        day.yearStart,
        day.date,
        filter.subject ?? null,
      ],
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id,
      subject: r.subject,
      displayName: r.display_name,
      agencyCode: r.agency_code,
      fieldCodes: r.field_codes,
      areaKind: r.area_kind,
      dailyCapacity: r.daily_capacity,
      active: r.active,
      openLoad: Number(r.open_load),
      assignedToday: Number(r.assigned_today),
      handledThisYear: Number(r.handled_this_year),
      absentToday: r.absent_today,
    }));
  }

  /** Absences of these handlers that have not ended by `date`, earliest first. */
  upcomingAbsences(
    manager: EntityManager,
    tenant: string,
    subjects: string[],
    date: string,
  ): Promise<HandlerAbsenceEntity[]> {
    if (!subjects.length) return Promise.resolve([]);
    return manager
      .createQueryBuilder(HandlerAbsenceEntity, 'b')
      .where('b.tenantId = :tenant AND b.subject IN (:...subjects) AND b.toDate >= :date', {
        tenant,
        subjects,
        date,
      })
      .orderBy('b.fromDate', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  async insertAbsence(manager: EntityManager, absence: HandlerAbsenceEntity): Promise<void> {
    await manager.insert(HandlerAbsenceEntity, absence);
  }

  /** Absences in progress on `date` whose handler's dossiers were not yet re-assigned, locked. */
  absencesToRelease(
    manager: EntityManager,
    date: string,
    limit: number,
  ): Promise<HandlerAbsenceEntity[]> {
    return manager
      .createQueryBuilder(HandlerAbsenceEntity, 'b')
      .where('b.releasedAt IS NULL AND b.fromDate <= :date AND b.toDate >= :date', { date })
      .orderBy('b.fromDate', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markReleased(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(HandlerAbsenceEntity, { id }, { releasedAt: at });
  }

  /** Absences that ended before they were acted on (the service was down) need nothing more. */
  async markEndedReleased(manager: EntityManager, date: string, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(HandlerAbsenceEntity)
      .set({ releasedAt: at })
      .where('releasedAt IS NULL AND toDate < :date', { date })
      .execute();
  }
}
