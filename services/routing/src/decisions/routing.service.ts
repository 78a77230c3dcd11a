import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DossierReceived } from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { Clock, OutboxWriter } from '@motcua/platform';
import { firstMatchingRule } from '../rules/rule-matcher';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { CompetentAgencyService } from './competent-agency.service';
import { DecisionStatus, type RoutingDecisionEntity } from './routing-decision.entity';
import { RoutingDecisionsRepository } from './routing-decisions.repository';

export type Decision =
  | { status: 'ROUTED'; ruleId: string; agencyCode: string; agencyName: string }
  | { status: 'HELD'; ruleId: string | null; reason: string };

/**
 * Decides the competent agency of a received dossier (DOMAIN §6): the first rule in force that
 * matches the procedure, field, level and jurisdiction unit, the jurisdiction unit being the one
 * in force on the receipt date, never the receiving branch's. A dossier nothing routes is held for
 * a supervisor, never dropped.
 */
@Injectable()
export class RoutingService {
  private readonly logger = new Logger(RoutingService.name);

  constructor(
    private readonly rules: RoutingRulesRepository,
    private readonly decisions: RoutingDecisionsRepository,
    private readonly agencies: CompetentAgencyService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** Stores the decision and its event in the caller's transaction; a decided dossier is skipped. */
  async route(tenant: string, dossier: DossierReceived, manager: EntityManager): Promise<void> {
    // A second `dossier.received` (new event id, same dossier) keeps the first decision.
    if (await this.decisions.exists(manager, dossier.dossierId)) return;
    const decision = await this.decide(tenant, dossier, manager);
    const now = this.clock.now();
    const row: RoutingDecisionEntity = {
      dossierId: dossier.dossierId,
      tenantId: tenant,
      dossierCode: dossier.code,
      status: decision.status === 'ROUTED' ? DecisionStatus.Routed : DecisionStatus.Held,
      ruleId: decision.ruleId,
      agencyCode: decision.status === 'ROUTED' ? decision.agencyCode : null,
      agencyName: decision.status === 'ROUTED' ? decision.agencyName : null,
      reason: decision.status === 'HELD' ? decision.reason : null,
      decidedAt: now,
    };
    if (!(await this.decisions.insertIfAbsent(manager, row))) return;
    const at = now.toISOString();
    const options = { tenant, subject: dossier.code };
    if (decision.status === 'ROUTED') {
      const { ruleId, agencyCode, agencyName } = decision;
      await this.outbox.append(
        manager,
        'dossier.routed.v1',
        {
          dossierId: dossier.dossierId,
          code: dossier.code,
          agencyCode,
          agencyName,
          ruleId,
          routedAt: at,
        },
        options,
      );
      this.logger.log(`dossier ${dossier.code} routed to ${agencyCode} by rule ${ruleId}`);
    } else {
      await this.outbox.append(
        manager,
        'dossier.held.v1',
        { dossierId: dossier.dossierId, code: dossier.code, reason: decision.reason, heldAt: at },
        options,
      );
      this.logger.warn(`dossier ${dossier.code} held for a supervisor: ${decision.reason}`);
    }
  }

  async decide(
    tenant: string,
    dossier: DossierReceived,
    manager: EntityManager,
  ): Promise<Decision> {
    if (!dossier.jurisdictionUnitCode)
      return { status: 'HELD', ruleId: null, reason: 'the dossier names no jurisdiction unit' };
    const receiptDate = toVietnamDate(new Date(dossier.receivedAt));
    const unit = await this.agencies.jurisdictionUnit(
      tenant,
      dossier.jurisdictionUnitCode,
      receiptDate,
    );
    if (!unit.found) return { status: 'HELD', ruleId: null, reason: unit.reason };
    const facts = {
      procedureCode: dossier.procedureCode,
      fieldCode: dossier.fieldCode,
      level: dossier.level,
      jurisdictionUnitCode: unit.unit.code,
      receiptDate,
    };
    const rule = firstMatchingRule(await this.rules.forTenant(manager, tenant), facts);
    if (!rule) {
      return {
        status: 'HELD',
        ruleId: null,
        reason: `no routing rule matches procedure ${facts.procedureCode} (field ${facts.fieldCode}, level ${facts.level}) in jurisdiction unit ${facts.jurisdictionUnitCode} on ${receiptDate}`,
      };
    }
    const choice = await this.agencies.agencyFor(tenant, rule.target, unit.unit);
    if (!choice.found)
      return { status: 'HELD', ruleId: rule.id, reason: `rule ${rule.id}: ${choice.reason}` };
    return {
      status: 'ROUTED',
      ruleId: rule.id,
      agencyCode: choice.agency.code,
      agencyName: choice.agency.name,
    };
  }
}
