import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueueItem } from '@motcua/contracts';
import { queueFlags } from '../assignments/assignment-policy';

export interface QueueFilter {
  tenant: string;
  handlerSubject?: string;
  agencyCode?: string;
  unassignedOnly?: boolean;
  dossierId?: string;
}

export interface QueuePage {
  items: QueueItem[];
  totalCount: number;
  overdueCount: number;
  nearingDueCount: number;
}

interface ItemRow {
  dossier_id: string;
  dossier_code: string;
  agency_code: string;
  handler_subject: string | null;
  handler_name: string | null;
  procedure_code: string;
  procedure_name: string;
  field_code: string;
  received_at: Date;
  due_at: Date | null;
  assigned_at: Date | null;
}

/**
 * The due time a queue shows: the dossier's, or its active inter-agency step's when earlier; none
 * while the dossier's clock is paused (LEAST ignores a missing step).
 */
const DUE = `CASE WHEN p.due_at IS NULL THEN NULL ELSE LEAST(p.due_at, s.due_at) END`;

interface CountRow {
  total: string;
  overdue: string;
  nearing: string;
}

/** Open assignments with the dossier's due date and the handler's name, by due time. */
@Injectable()
export class QueueRepository {
  async page(
    manager: EntityManager,
    filter: QueueFilter,
    now: Date,
    marginMs: number,
    first: number,
  ): Promise<QueuePage> {
    const where = `a.tenant_id = $1 AND a.state = 'OPEN'
        AND ($2::text IS NULL OR a.handler_subject = $2)
        AND ($3::text IS NULL OR a.agency_code = $3)
        AND (NOT $4::boolean OR a.handler_subject IS NULL)
        AND ($5::uuid IS NULL OR a.dossier_id = $5)`;
    const from = `FROM routing.dossier_assignment a
        LEFT JOIN routing.dossier_progress p ON p.dossier_id = a.dossier_id
        LEFT JOIN routing.dossier_chain_step s
          ON s.dossier_id = a.dossier_id AND s.status = 'ACTIVE'`;
    const params = [
      filter.tenant,
      filter.handlerSubject ?? null,
      filter.agencyCode ?? null,
      filter.unassignedOnly ?? false,
      filter.dossierId ?? null,
    ];
    const rows = await manager.query<ItemRow[]>(
      `SELECT a.dossier_id, a.dossier_code, a.agency_code, a.handler_subject,
              h.display_name AS handler_name, a.procedure_code, a.procedure_name, a.field_code,
              a.received_at, ${DUE} AS due_at, a.assigned_at
         ${from}
         LEFT JOIN routing.routing_handler h
           ON h.tenant_id = a.tenant_id AND h.subject = a.handler_subject
        WHERE ${where}
        ORDER BY ${DUE} ASC NULLS LAST, a.received_at ASC, a.dossier_id ASC
        LIMIT $6`,
      [...params, first],
    );
    const [counts] = await manager.query<CountRow[]>(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE ${DUE} <= $6) AS overdue,
              count(*) FILTER (WHERE ${DUE} > $6 AND ${DUE} <= $7) AS nearing
         ${from}
        WHERE ${where}`,
      [...params, now, new Date(now.getTime() + marginMs)],
    );
    return {
      items: rows.map((r) => ({
        dossierId: r.dossier_id,
        dossierCode: r.dossier_code,
        agencyCode: r.agency_code,
        handlerSubject: r.handler_subject,
        handlerName: r.handler_name,
        procedureCode: r.procedure_code,
        procedureName: r.procedure_name,
        fieldCode: r.field_code,
        receivedAt: r.received_at.toISOString(),
        dueAt: r.due_at?.toISOString() ?? null,
        assignedAt: r.assigned_at?.toISOString() ?? null,
        ...queueFlags(r.due_at, now, marginMs),
      })),
      totalCount: Number(counts.total),
      overdueCount: Number(counts.overdue),
      nearingDueCount: Number(counts.nearing),
    };
  }
}
