import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  MANUAL_ROUTING_RULE_ID,
  type Actor,
  type DossierRef,
  type RoutingDecision,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { CatalogClient, Clock, OutboxWriter } from '@motcua/platform';
import { requireRole } from '../access/staff-access';
import { toDecisionView, toDossierFacts } from '../decisions/decision-view';
import { DecisionStatus } from '../decisions/routing-decision.entity';
import { RoutingDecisionsRepository } from '../decisions/routing-decisions.repository';
import { decodeHeldCursor, encodeHeldCursor } from './held-cursor';

export interface ManualRoute {
  dossier: DossierRef;
  agencyCode: string;
  reason: string;
}

/**
 * The supervisor queue (DOMAIN §6): dossiers no rule routed wait here, oldest first, until a
 * supervisor of the tenant routes each by hand to an agency, with a reason.
 */
@Injectable()
export class HeldDossiersService {
  private readonly logger = new Logger(HeldDossiersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: RoutingDecisionsRepository,
    private readonly catalog: CatalogClient,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async list(
    tenant: string,
    request: RpcParsedRequest<'routing.held.list.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.held.list.v1'>> {
    requireRole(tenant, actor, ['SUPERVISOR', 'TENANT_ADMIN'], 'see the held dossiers');
    const after = request.after === undefined ? null : decodeHeldCursor(request.after);
    const manager = this.dataSource.manager;
    const rows = await this.decisions.listHeld(manager, tenant, request.first, after);
    const page = rows.slice(0, request.first);
    const last = page.at(-1);
    return {
      items: page.map((d) => ({
        dossierId: d.dossierId,
        dossierCode: d.dossierCode,
        dossier: toDossierFacts(d),
        reason: d.reason,
        heldAt: d.decidedAt.toISOString(),
      })),
      totalCount: await this.decisions.countHeld(manager, tenant),
      hasNextPage: rows.length > request.first,
      endCursor: last ? encodeHeldCursor(last) : null,
    };
  }

  /** Routes a held dossier by hand; the decision, its log entry and the event commit together. */
  async route(
    tenant: string,
    input: ManualRoute,
    actor: Actor | undefined,
  ): Promise<RoutingDecision> {
    const supervisor = requireRole(tenant, actor, ['SUPERVISOR'], 'route a held dossier by hand');
    const agency = (await this.catalog.listAgencies(tenant, { codes: [input.agencyCode] })).find(
      (a) => a.code === input.agencyCode,
    );
    if (!agency)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `agency ${input.agencyCode} is not in the catalog of ${tenant}`,
        [{ path: 'agencyCode', message: 'unknown agency' }],
      );
    return this.dataSource.transaction(async (manager) => {
      const current = await this.decisions.find(manager, tenant, input.dossier, true);
      if (!current)
        throw new DomainError(
          ErrorCode.NotFound,
          `dossier ${input.dossier.dossierCode ?? input.dossier.dossierId} has no routing decision in ${tenant}`,
        );
      if (current.status !== DecisionStatus.Held)
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `dossier ${current.dossierCode} is already routed to ${current.agencyCode}: only held dossiers are routed by hand`,
        );
      const now = this.clock.now();
      const decided = await this.decisions.redecide(manager, current, {
        status: DecisionStatus.Routed,
        ruleId: null,
        ruleVersion: null,
        agencyCode: agency.code,
        agencyName: agency.name,
        reason: input.reason,
        decidedAt: now,
        decidedBy: supervisor.subject,
      });
      await this.outbox.append(
        manager,
        'dossier.routed.v1',
        {
          dossierId: current.dossierId,
          code: current.dossierCode,
          agencyCode: agency.code,
          agencyName: agency.name,
          ruleId: MANUAL_ROUTING_RULE_ID,
          routedAt: now.toISOString(),
          reason: input.reason,
          decidedBy: supervisor.subject,
        },
        { tenant, subject: current.dossierCode },
      );
      this.logger.log(
        `dossier ${current.dossierCode} routed by hand to ${agency.code} by ${supervisor.subject}`,
      );
      return toDecisionView(decided, await this.decisions.history(manager, current.dossierId));
    });
  }
}
