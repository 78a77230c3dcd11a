import type { ReportDimension, RpcRequest } from '@motcua/contracts';

/** The reception request of a report, from GraphQL input or HTTP query parameters alike. */
export function dossierReportRequest(input: {
  from: string;
  to: string;
  groupBy?: readonly ReportDimension[] | null;
  branchId?: string | null;
  agencyCode?: string | null;
  procedureCode?: string | null;
  fieldCode?: string | null;
}): RpcRequest<'reception.report.dossiers.v1'> {
  return {
    from: input.from,
    to: input.to,
    groupBy: [...(input.groupBy ?? [])],
    filters: {
      branchId: input.branchId ?? undefined,
      agencyCode: input.agencyCode ?? undefined,
      procedureCode: input.procedureCode ?? undefined,
      fieldCode: input.fieldCode ?? undefined,
    },
  };
}

/** Days of [from, to], both included. */
export function daysOf(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}
