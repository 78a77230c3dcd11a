import { Args, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DateScalar } from '../queue-tickets/date.scalar';
import { DossierReportInput, DossierReportModel } from './dossier-report.model';
import { daysOf, dossierReportRequest } from './report-request';
import { HandlerThroughputModel, ServiceIndexModel } from './service-index.model';

/** Reception decides again: agency heads see only their agencies. */
const REPORT_READERS = {
  staff: {
    roles: [StaffRole.Supervisor, StaffRole.Auditor, StaffRole.TenantAdmin, StaffRole.Approver],
  },
};
const TENANT_WIDE = {
  staff: { roles: [StaffRole.Supervisor, StaffRole.Auditor, StaffRole.TenantAdmin] },
};
/** Routing's roster is for administrators and agency heads. */
const AGENCY_MANAGERS = { staff: { roles: [StaffRole.TenantAdmin, StaffRole.Approver] } };

/** Reports and the national service index (docs/reports.md). */
@Resolver()
export class ReportsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => DossierReportModel, {
    description:
      'Dossier report rows with the timeliness buckets and rates (supervisors, auditors, administrators; agency heads: their agencies).',
  })
  @SignedInAccess(REPORT_READERS)
  dossierReport(
    @Args('input', { type: () => DossierReportInput }) input: DossierReportInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierReportModel> {
    return this.rpc.request(
      'reception.report.dossiers.v1',
      dossierReportRequest(input),
      callOptions(caller),
    );
  }

  @Query(() => ServiceIndexModel, {
    description:
      "The Decision 766 groups scored from the platform's own data, with the share synced to the national portal.",
  })
  @SignedInAccess(TENANT_WIDE)
  async serviceIndex(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceIndexModel> {
    const options = callOptions(caller);
    // Notification counts the sync; reception scores (it never reads notification's tables).
    const sync = await this.rpc.request(
      'notification.portal-sync.report.v1',
      {
        from: new Date(`${from}T00:00:00+07:00`).toISOString(),
        to: new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString(),
        period: 'MONTH',
      },
      options,
    );
    return this.rpc.request(
      'reception.report.service-index.v1',
      { from, to, portalSync: { total: sync.total, synced: sync.synced } },
      options,
    );
  }

  @Query(() => [HandlerThroughputModel], {
    description:
      "An agency's handlers: closed in the period against their yearly norm pro rata (administrators, the agency's head).",
  })
  @SignedInAccess(AGENCY_MANAGERS)
  async handlerThroughput(
    @Args('agencyCode', { type: () => String }) agencyCode: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @CurrentCaller() caller: Caller,
  ): Promise<HandlerThroughputModel[]> {
    const options = callOptions(caller);
    const { handlers } = await this.rpc.request('routing.handler.list.v1', { agencyCode }, options);
    const { rows } = await this.rpc.request(
      'reception.report.handler-throughput.v1',
      { from, to, agencyCode, subjects: handlers.map((h) => h.subject) },
      options,
    );
    const handled = new Map(rows.map((r) => [r.subject, r.handled]));
    const share = daysOf(from, to) / 365;
    return handlers.map((h) => {
      const normForPeriod = Math.round(h.normPerYear * share * 10) / 10;
      const count = handled.get(h.subject) ?? 0;
      return {
        subject: h.subject,
        displayName: h.displayName,
        agencyCode: h.agencyCode,
        areaKind: h.areaKind,
        normPerYear: h.normPerYear,
        normForPeriod,
        handled: count,
        ratio: normForPeriod > 0 ? count / normForPeriod : null,
      };
    });
  }
}
