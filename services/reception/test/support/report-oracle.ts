import type { DossierReportRow, ReportDimension } from '@motcua/contracts';
import type { Queryable } from './synthetic-dossiers';
import type { DossierEntity } from '../../src/dossiers/dossier.entity';
import { NO_FLOWS, NO_STOCKS, toReportRow } from '../../src/reports/dossier-report.service';
import type { FlowCounts, ReportKey, StockCounts } from '../../src/reports/report.repository';
import { reportRange } from '../../src/reports/report-range';
import { finishedBucket, openBucketAt, processingMinutes } from '../../src/reports/timeliness';

/**
 * The report counted dossier by dossier with the TypeScript rules of reports/timeliness.ts: what
 * the aggregate and the report queries must equal (the exactness check of docs/reports.md).
 */
export type Stored = DossierEntity & { digitized: boolean };

/** The report computed row by row from the dossiers with the TypeScript rules. */
export function expectedReport(
  dossiers: Stored[],
  from: string,
  to: string,
  groupBy: ReportDimension[],
  agencies: string[] | null = null,
): { rows: DossierReportRow[]; totals: DossierReportRow } {
  const range = reportRange(from, to, groupBy);
  const keyOf = (d: Stored, period: string | null): ReportKey => ({
    tenant: groupBy.includes('TENANT') ? d.tenantId : null,
    branchId: groupBy.includes('BRANCH') ? d.receivingBranchId : null,
    agencyCode: groupBy.includes('AGENCY') ? d.competentAgencyCode : null,
    procedureCode: groupBy.includes('PROCEDURE') ? d.procedureCode : null,
    fieldCode: groupBy.includes('FIELD') ? d.fieldCode : null,
    period,
  });
  const zeroF = (): FlowCounts => ({ ...NO_FLOWS });
  const zeroS = (): StockCounts => ({ ...NO_STOCKS });
  const groups = new Map<string, { key: ReportKey; f: FlowCounts; s: StockCounts }>();
  const at = (key: ReportKey) => {
    const k = JSON.stringify(key);
    if (!groups.has(k)) groups.set(k, { key, f: zeroF(), s: zeroS() });
    return groups.get(k)!;
  };
  const inPeriod = (instant: Date) =>
    range.periods.find((p) => instant >= p.start && instant < p.end);
  const tF = zeroF();
  const tS = zeroS();
  for (const d of dossiers) {
    if (agencies && !agencies.includes(d.competentAgencyCode ?? '')) continue;
    const received = inPeriod(d.receivedAt);
    if (received) {
      for (const f of [at(keyOf(d, received.label)).f, tF]) {
        if (d.channel === 'ONLINE') f.receivedOnline++;
        if (d.channel === 'COUNTER') f.receivedCounter++;
        if (d.channel === 'POSTAL') f.receivedPostal++;
        if (d.digitized) f.digitized++;
      }
    }
    const finished = d.finishedAt ? inPeriod(d.finishedAt) : undefined;
    const bucket = finishedBucket(d);
    if (finished && bucket) {
      for (const f of [at(keyOf(d, finished.label)).f, tF]) {
        if (bucket === 'EARLY') f.finishedEarly++;
        if (bucket === 'ON_TIME') f.finishedOnTime++;
        if (bucket === 'LATE') f.finishedLate++;
        if (bucket === 'WITHOUT_RESULT') f.closedWithoutResult++;
        else {
          f.processingMinutes += processingMinutes(d) ?? 0;
          if (d.rating !== null) f.rated++;
          if ((d.rating ?? 0) >= 4) f.satisfied++;
        }
      }
    }
    range.periods.forEach((p, i) => {
      const carried = openBucketAt(d, p.start) !== null;
      const end = openBucketAt(d, p.end);
      if (!carried && !end) return;
      const targets = [at(keyOf(d, p.label)).s];
      const s = targets[0];
      if (carried) s.carriedOver++;
      if (carried && i === 0) tS.carriedOver++;
      for (const t of i === range.periods.length - 1 ? [s, tS] : [s]) {
        if (end === 'WITHIN_TIME') t.inProgressWithinTime++;
        if (end === 'OVERDUE') t.inProgressOverdue++;
        if (end === 'PAUSED') t.paused++;
      }
    });
  }
  const rows = [...groups.values()]
    .map((g) => toReportRow(g.key, g.f, g.s))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    rows,
    totals: toReportRow(
      {
        tenant: groupBy.includes('TENANT') ? 'hanoi' : null,
        branchId: null,
        agencyCode: null,
        procedureCode: null,
        fieldCode: null,
        period: null,
      },
      tF,
      tS,
    ),
  };
}

/** Every dossier of `tenant` with whether it holds a stored scan. */
export async function loadDossiers(ds: Queryable, tenant: string): Promise<Stored[]> {
  const rows = await ds.query<Stored[]>(
    `SELECT d.*, EXISTS (SELECT 1 FROM reception.attachment a
                          WHERE a.dossier_id = d.id AND a.status = 'STORED') AS digitized
       FROM reception.dossier d WHERE d.tenant_id = $1`,
    [tenant],
  );
  return camel(rows);
}

/** Rows in a stable order, to compare row sets. */
export const sortedRows = (rows: DossierReportRow[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Raw rows (snake_case) as the entity's camelCase fields the timeliness rules read. */
function camel(rows: Stored[]): Stored[] {
  return rows.map((r) => {
    const raw = r as unknown as Record<string, unknown>;
    const date = (v: unknown) => (v ? new Date(v as string) : null);
    return {
      ...r,
      tenantId: raw.tenant_id as string,
      status: raw.status,
      channel: raw.channel,
      receivingBranchId: raw.receiving_branch_id as string,
      competentAgencyCode: (raw.competent_agency_code as string | null) ?? null,
      procedureCode: raw.procedure_code as string,
      fieldCode: raw.field_code as string,
      receivedAt: date(raw.received_at)!,
      acceptedAt: date(raw.accepted_at),
      dueAt: date(raw.due_at)!,
      originalDueAt: date(raw.original_due_at),
      finishedAt: date(raw.finished_at),
      pauses: raw.pauses,
      rating: raw.rating as number | null,
      digitized: raw.digitized as boolean,
    } as Stored;
  });
}
