import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierModel } from '../dossiers/dossier.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { PortalSyncModel, PortalSyncPeriodEnum, PortalSyncReportModel } from './portal-sync.model';

/** The national portal sync (DOMAIN §8) as notification records it. */
@Resolver(() => DossierModel)
export class PortalSyncResolver {
  constructor(private readonly rpc: RpcClient) {}

  @ResolveField(() => PortalSyncModel, {
    nullable: true,
    description:
      "The dossier's sync with the National Public Service Portal. Staff only: null for citizens and integrators.",
  })
  async portalSync(
    @Parent() dossier: DossierModel,
    @CurrentCaller() caller: Caller,
  ): Promise<PortalSyncModel | null> {
    // The dossier was read already (reception decided the staff member may); sync is staff data.
    if (caller.principal?.kind !== 'STAFF') return null;
    const { state, syncedAt, attempts, lastError } = await this.rpc.request(
      'notification.portal-sync.get.v1',
      { code: dossier.code },
      callOptions(caller),
    );
    return { state, syncedAt, attempts, lastError };
  }

  @Query(() => PortalSyncReportModel, {
    description:
      'Dossiers received in [from, to) per Vietnam day or month and the share synced with the national portal (scored in the national service index).',
  })
  @SignedInAccess({
    staff: { roles: [StaffRole.Supervisor, StaffRole.Auditor, StaffRole.TenantAdmin] },
  })
  async portalSyncReport(
    @Args('from', { type: () => DateTimeScalar }) from: string,
    @Args('to', { type: () => DateTimeScalar }) to: string,
    @Args('period', { type: () => PortalSyncPeriodEnum, nullable: true })
    period: 'DAY' | 'MONTH' | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<PortalSyncReportModel> {
    return this.rpc.request(
      'notification.portal-sync.report.v1',
      { from, to, period: period ?? undefined },
      callOptions(caller),
    );
  }
}
