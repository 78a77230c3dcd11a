import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportDimension, ReportFilters } from '@motcua/contracts';
import type { ReportRange } from './report-range';
import type { ReportScope } from './report-access';

/** The dimensions of a row, null where the report does not group by it. */
export interface ReportKey {
  tenant: string | null;
  branchId: string | null;
  agencyCode: string | null;
  procedureCode: string | null;
  fieldCode: string | null;
  period: string | null;
}

/** What happened during a period: summed from the daily aggregate. */
export interface FlowCounts {
  receivedOnline: number;
  receivedCounter: number;
  receivedPostal: number;
  digitized: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  processingMinutes: number;
  closedWithoutResult: number;
  rated: number;
  satisfied: number;
}

/** Dossiers open at the period's start, and how the open ones stand at its end. */
export interface StockCounts {
  carriedOver: number;
  inProgressWithinTime: number;
  inProgressOverdue: number;
  paused: number;
}

interface Columns {
  tenant: string;
  branch: string;
  agency: string;
  procedure: string;
  field: string;
}

const AGGREGATE: Columns = {
  tenant: 'tenant_id',
  branch: 'branch_id',
  agency: 'agency_code',
  procedure: 'procedure_code',
  field: 'field_code',
};
const DOSSIER: Columns = {
  tenant: 'd.tenant_id',
  branch: 'd.receiving_branch_id',
  agency: "coalesce(d.competent_agency_code, '')",
  procedure: 'd.procedure_code',
  field: 'd.field_code',
};

/** The candidates open at a boundary (report.repository stocks). */
const OPEN: Columns = {
  tenant: 'o.tenant_id',
  branch: 'o.receiving_branch_id',
  agency: "coalesce(o.competent_agency_code, '')",
  procedure: 'o.procedure_code',
  field: 'o.field_code',
};

/** The grouping columns of a query (fixed expressions: no caller text reaches the SQL). */
function keyColumns(dims: readonly ReportDimension[], c: Columns, period: string): string {
  const pick = (dim: ReportDimension, expr: string) => (dims.includes(dim) ? expr : 'NULL::text');
  return [
    `${pick('TENANT', c.tenant)} AS k_tenant`,
    `${pick('BRANCH', c.branch)} AS k_branch`,
    `${pick('AGENCY', c.agency)} AS k_agency`,
    `${pick('PROCEDURE', c.procedure)} AS k_procedure`,
    `${pick('FIELD', c.field)} AS k_field`,
    `${period} AS k_period`,
  ].join(', ');
}

const GROUP_BY = 'GROUP BY k_tenant, k_branch, k_agency, k_procedure, k_field, k_period';

/** WHERE conditions for the filters and the caller's agencies, numbered from `first`. */
function conditions(
  c: Columns,
  filters: ReportFilters,
  scope: ReportScope,
  first: number,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (expr: string, value: unknown) => {
    params.push(value);
    parts.push(expr.replace('?', `$${first + params.length - 1}`));
  };
  if (filters.branchId !== undefined) add(`${c.branch} = ?`, filters.branchId);
  if (filters.agencyCode !== undefined) add(`${c.agency} = ?`, filters.agencyCode);
  if (filters.procedureCode !== undefined) add(`${c.procedure} = ?`, filters.procedureCode);
  if (filters.fieldCode !== undefined) add(`${c.field} = ?`, filters.fieldCode);
  if (scope.agencies !== 'ALL') add(`${c.agency} = ANY(?::text[])`, scope.agencies);
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

type Row<T> = ReportKey & T;

interface KeyRow {
  k_tenant: string | null;
  k_branch: string | null;
  k_agency: string | null;
  k_procedure: string | null;
  k_field: string | null;
  k_period: string | null;
}

function keyOf(r: KeyRow): ReportKey {
  return {
    tenant: r.k_tenant,
    branchId: r.k_branch,
    // '' is the aggregate's "not routed yet": no agency.
    agencyCode: r.k_agency === '' ? null : r.k_agency,
    procedureCode: r.k_procedure,
    fieldCode: r.k_field,
    period: r.k_period,
  };
}

/** Report queries over the daily aggregate and the dossiers; they run in the tenant's scope. */
@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Received and finished counts per group, summed from the daily aggregate. */
  async flows(
    tenant: string,
    range: ReportRange,
    dims: readonly ReportDimension[],
    filters: ReportFilters,
    scope: ReportScope,
  ): Promise<Row<FlowCounts>[]> {
    const period = dims.includes('DAY')
      ? `to_char(day, 'YYYY-MM-DD')`
      : dims.includes('MONTH')
        ? `to_char(day, 'YYYY-MM')`
        : 'NULL::text';
    const where = conditions(AGGREGATE, filters, scope, 4);
    const rows = await this.dataSource.query<(KeyRow & Record<string, string>)[]>(
      `SELECT ${keyColumns(dims, AGGREGATE, period)},
              sum(received) FILTER (WHERE channel = 'ONLINE') AS online,
              sum(received) FILTER (WHERE channel = 'COUNTER') AS counter,
              sum(received) FILTER (WHERE channel = 'POSTAL') AS postal,
              sum(digitized) AS digitized, sum(finished_early) AS early,
              sum(finished_on_time) AS on_time, sum(finished_late) AS late,
              sum(processing_minutes) AS minutes, sum(closed_without_result) AS closed,
              sum(rated) AS rated, sum(satisfied) AS satisfied
         FROM reception.dossier_report_day
        WHERE tenant_id = $1 AND day >= $2::date AND day <= $3::date${where.sql}
        ${GROUP_BY}`,
      [tenant, range.from, range.to, ...where.params],
    );
    const n = (v: string | null | undefined) => Number(v ?? 0);
    return rows.map((r) => ({
      ...keyOf(r),
      receivedOnline: n(r.online),
      receivedCounter: n(r.counter),
      receivedPostal: n(r.postal),
      digitized: n(r.digitized),
      finishedEarly: n(r.early),
      finishedOnTime: n(r.on_time),
      finishedLate: n(r.late),
      processingMinutes: n(r.minutes),
      closedWithoutResult: n(r.closed),
      rated: n(r.rated),
      satisfied: n(r.satisfied),
    }));
  }

  /**
   * The open dossiers at each period's start (carried over) and end (within time, overdue,
   * paused). The boundaries are counted once each: period k starts at boundary k and ends at
   * boundary k + 1. Candidates are the dossiers open at some boundary: received before the
   * range's end, not finished before its start (index ix_dossier_tenant_finished).
   */
  async stocks(
    tenant: string,
    range: ReportRange,
    dims: readonly ReportDimension[],
    filters: ReportFilters,
    scope: ReportScope,
  ): Promise<Row<StockCounts>[]> {
    const where = conditions(DOSSIER, filters, scope, 5);
    const boundaries = [...range.periods.map((p) => p.start), range.end];
    const rows = await this.dataSource.query<(KeyRow & Record<string, string>)[]>(
      `WITH candidates AS MATERIALIZED (
         SELECT d.tenant_id, d.receiving_branch_id, d.competent_agency_code, d.procedure_code,
                d.field_code, d.received_at, d.finished_at,
                -- Most dossiers never paused: their pauses need no look at all.
                CASE WHEN d.pauses = '[]'::jsonb THEN NULL ELSE d.pauses END AS pauses,
                coalesce(d.original_due_at, d.due_at) AS deadline
           FROM reception.dossier d
          WHERE d.tenant_id = $1 AND d.received_at < $3
            AND (d.finished_at IS NULL OR d.finished_at >= $2)${where.sql}
       )
       SELECT ${keyColumns(dims, OPEN, 'NULL::text')}, i.k,
              count(*) AS open,
              count(*) FILTER (WHERE NOT o.is_paused AND o.deadline >= i.at) AS within,
              count(*) FILTER (WHERE NOT o.is_paused AND o.deadline < i.at) AS overdue,
              count(*) FILTER (WHERE o.is_paused) AS paused
         FROM unnest($4::timestamptz[]) WITH ORDINALITY AS i(at, k)
         JOIN LATERAL (
           SELECT d.*, d.pauses IS NOT NULL AND EXISTS (
                    SELECT 1 FROM jsonb_array_elements(d.pauses) p
                     WHERE (p->>'from')::timestamptz <= i.at
                       AND (p->>'to' IS NULL OR (p->>'to')::timestamptz > i.at)) AS is_paused
             FROM candidates d
            WHERE d.received_at < i.at AND (d.finished_at IS NULL OR d.finished_at >= i.at)
         ) o ON true
        GROUP BY k_tenant, k_branch, k_agency, k_procedure, k_field, i.k`,
      [tenant, range.start, range.end, boundaries, ...where.params],
    );
    // Boundary k (1-based) opens period k - 1 (0-based) and closes period k - 2.
    const byPeriod = new Map<string, Row<StockCounts>>();
    const row = (r: KeyRow, index: number) => {
      const key = { ...keyOf(r), period: range.periods[index].label };
      const id = JSON.stringify([key, index]);
      let found = byPeriod.get(id);
      if (!found) {
        found = {
          ...key,
          carriedOver: 0,
          inProgressWithinTime: 0,
          inProgressOverdue: 0,
          paused: 0,
        };
        byPeriod.set(id, found);
      }
      return found;
    };
    for (const r of rows) {
      const k = Number(r.k);
      if (k - 1 < range.periods.length) row(r, k - 1).carriedOver += Number(r.open);
      if (k - 2 >= 0) {
        const closed = row(r, k - 2);
        closed.inProgressWithinTime += Number(r.within);
        closed.inProgressOverdue += Number(r.overdue);
        closed.paused += Number(r.paused);
      }
    }
    return [...byPeriod.values()];
  }

  /**
   * Per handler, in [start, end): results marked ready and dossiers stopped, and inter-agency
   * steps handed over to the next agency (what routing credits as handled), from the history.
   */
  async handled(
    tenant: string,
    range: ReportRange,
    subjects: readonly string[],
  ): Promise<{ subject: string; handled: number }[]> {
    if (!subjects.length) return [];
    const rows = await this.dataSource.query<{ actor: string; handled: string }[]>(
      `SELECT h.actor, count(*) AS handled
         FROM reception.dossier_history h
        WHERE h.tenant_id = $1 AND h.at >= $2 AND h.at < $3 AND h.actor = ANY($4::text[])
          AND (h.command IN ('MARK_RESULT_READY', 'STOP')
               OR (h.command IS NULL AND (h.details->'step'->>'interAgency')::boolean))
        GROUP BY h.actor`,
      [tenant, range.start, range.end, subjects],
    );
    return rows.map((r) => ({ subject: r.actor, handled: Number(r.handled) }));
  }
}
