import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type DossierRef,
  type RoutingDecision,
} from '@motcua/contracts';
import { authorizeStaff } from '../access/staff-access';
import { toDecisionView } from './decision-view';
import { RoutingDecisionsRepository } from './routing-decisions.repository';

/** What staff read of routing decisions. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: RoutingDecisionsRepository,
  ) {}

  async get(tenant: string, ref: DossierRef, actor: Actor | undefined): Promise<RoutingDecision> {
    authorizeStaff(tenant, actor);
    const manager = this.dataSource.manager;
    const decision = await this.decisions.find(manager, tenant, ref);
    if (!decision)
      throw new DomainError(
        ErrorCode.NotFound,
        `dossier ${ref.dossierCode ?? ref.dossierId} has no routing decision in ${tenant}`,
      );
    return toDecisionView(decision, await this.decisions.history(manager, decision.dossierId));
  }
}
