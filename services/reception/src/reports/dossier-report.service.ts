import { Injectable } from '@nestjs/common';
import type {
  Actor,
  DossierReportRow,
  ReportDimension,
  RpcParsedRequest,
  RpcResponse,
} from '@motcua/contracts';
import { reportScope, requireTenantWide } from './report-access';
import { reportRange } from './report-range';
import {
  ReportRepository,
  type FlowCounts,
  type ReportKey,
  type StockCounts,
} from './report.repository';
import { serviceIndex } from './service-index';

/** Counts of a group with no dossiers (also the start of a test's own count). */
export const NO_FLOWS: Readonly<FlowCounts> = {
  receivedOnline: 0,
  receivedCounter: 0,
  receivedPostal: 0,
  digitized: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  processingMinutes: 0,
  closedWithoutResult: 0,
  rated: 0,
  satisfied: 0,
};
export const NO_STOCKS: Readonly<StockCounts> = {
  carriedOver: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  paused: 0,
};

const keyString = (k: ReportKey) =>
  JSON.stringify([k.tenant, k.branchId, k.agencyCode, k.procedureCode, k.fieldCode, k.period]);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** A report row from its counts: totals and rates follow from them. */
export function toReportRow(key: ReportKey, f: FlowCounts, s: StockCounts): DossierReportRow {
  const received = f.receivedOnline + f.receivedCounter + f.receivedPostal;
  const resolved = f.finishedEarly + f.finishedOnTime + f.finishedLate;
  return {
    ...key,
    ...s,
    receivedOnline: f.receivedOnline,
    receivedCounter: f.receivedCounter,
    receivedPostal: f.receivedPostal,
    received,
    finishedEarly: f.finishedEarly,
    finishedOnTime: f.finishedOnTime,
    finishedLate: f.finishedLate,
    closedWithoutResult: f.closedWithoutResult,
    averageProcessingMinutes: resolved > 0 ? f.processingMinutes / resolved : null,
    rated: f.rated,
    satisfied: f.satisfied,
    digitized: f.digitized,
    onTimeRate: ratio(f.finishedEarly + f.finishedOnTime, resolved),
    satisfactionRate: ratio(f.satisfied, f.rated),
    digitizationRate: ratio(f.digitized, received),
    onlineRate: ratio(f.receivedOnline, received),
  };
}

function addCounts<T extends object>(a: T, b: T): T {
  const sum = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b) as [string, number][]) sum[k] = (sum[k] ?? 0) + v;
  return sum as T;
}

/** The counts of `template`'s shape out of a row that also holds its key. */
function pickCounts<T extends object>(template: T, row: T): T {
  const counts = { ...template };
  for (const k of Object.keys(template) as (keyof T)[]) counts[k] = row[k];
  return counts;
}

const NO_KEY: ReportKey = {
  tenant: null,
  branchId: null,
  agencyCode: null,
  procedureCode: null,
  fieldCode: null,
  period: null,
};

/** The dossier report and the service index (docs/reports.md). */
@Injectable()
export class DossierReportService {
  constructor(private readonly reports: ReportRepository) {}

  async dossiers(
    tenant: string,
    request: RpcParsedRequest<'reception.report.dossiers.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.report.dossiers.v1'>> {
    const scope = reportScope(tenant, actor, request.filters.agencyCode);
    const dims = [...new Set<ReportDimension>(request.groupBy)];
    const range = reportRange(request.from, request.to, dims);
    const flows = await this.reports.flows(tenant, range, dims, request.filters, scope);
    const stocks = await this.reports.stocks(tenant, range, dims, request.filters, scope);
    const byKey = new Map<string, { key: ReportKey; f: FlowCounts; s: StockCounts }>();
    const entry = (key: ReportKey) => {
      const k = keyString(key);
      let e = byKey.get(k);
      if (!e) byKey.set(k, (e = { key, f: NO_FLOWS, s: NO_STOCKS }));
      return e;
    };
    for (const r of flows) entry(r).f = pickCounts(NO_FLOWS, r);
    for (const r of stocks) entry(r).s = pickCounts(NO_STOCKS, r);
    const rows = [...byKey.values()]
      .sort((a, b) => keyString(a.key).localeCompare(keyString(b.key)))
      .map((e) => toReportRow(pickKey(e.key), e.f, e.s));
    // Carried over at the range's start, open at its end: the first and last periods' stocks.
    const first = range.periods[0].label;
    const last = range.periods[range.periods.length - 1].label;
    let f = NO_FLOWS;
    let carried = 0;
    let end = NO_STOCKS;
    for (const e of byKey.values()) {
      f = addCounts(f, e.f);
      if (e.key.period === first) carried += e.s.carriedOver;
      if (e.key.period === last) end = addCounts(end, e.s);
    }
    const totals = toReportRow({ ...NO_KEY, tenant: dims.includes('TENANT') ? tenant : null }, f, {
      ...end,
      carriedOver: carried,
    });
    return { rows, totals };
  }

  async serviceIndex(
    tenant: string,
    request: RpcParsedRequest<'reception.report.service-index.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.report.service-index.v1'>> {
    requireTenantWide(tenant, actor);
    const { totals } = await this.dossiers(
      tenant,
      { from: request.from, to: request.to, groupBy: [], filters: {} },
      actor,
    );
    return serviceIndex(request.from, request.to, totals, request.portalSync);
  }

  async handlerThroughput(
    tenant: string,
    request: RpcParsedRequest<'reception.report.handler-throughput.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.report.handler-throughput.v1'>> {
    reportScope(tenant, actor, request.agencyCode);
    const range = reportRange(request.from, request.to);
    const rows = await this.reports.handled(tenant, range, request.subjects);
    return { rows };
  }
}

function pickKey(k: ReportKey): ReportKey {
  return {
    tenant: k.tenant,
    branchId: k.branchId,
    agencyCode: k.agencyCode,
    procedureCode: k.procedureCode,
    fieldCode: k.fieldCode,
    period: k.period,
  };
}
