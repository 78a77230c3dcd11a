import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ROUTING_SYSTEM_ACTOR, type DossierReceived } from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { Clock, OutboxWriter } from '@motcua/platform';
import { criteriaHold, firstMatchingRule, type DossierFacts } from '../rules/rule-matcher';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { CompetentAgencyService } from './competent-agency.service';
import { routedReason } from './decision-reason';
import { DecisionStatus, type RoutingDecisionEntity } from './routing-decision.entity';
import { RoutingDecisionsRepository } from './routing-decisions.repository';

export type Decision =
  | {
      status: 'ROUTED';
      ruleId: string;
      ruleVersion: number;
      agencyCode: string;
      agencyName: string;
      reason: string;
    }
  | { status: 'HELD'; ruleId: string | null; ruleVersion: number | null; reason: string };

/**
 * Decides the competent agency of a received dossier (DOMAIN §6): the first rule in force that
 * matches the procedure, field, level, channel and jurisdiction unit (or a unit above it), the
 * jurisdiction unit being the one in force on the receipt date, never the receiving branch's. A
 * dossier nothing routes is held for a supervisor, never dropped. Every decision says why.
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
      ruleVersion: decision.ruleVersion,
      agencyCode: decision.status === 'ROUTED' ? decision.agencyCode : null,
      agencyName: decision.status === 'ROUTED' ? decision.agencyName : null,
      reason: decision.reason,
      decidedAt: now,
      decidedBy: ROUTING_SYSTEM_ACTOR,
      procedureCode: dossier.procedureCode,
      procedureVersion: dossier.procedureVersion,
      procedureName: dossier.procedureName,
      fieldCode: dossier.fieldCode,
      level: dossier.level,
      channel: dossier.channel,
      jurisdictionUnitCode: dossier.jurisdictionUnitCode,
      receivedAt: new Date(dossier.receivedAt),
    };
    if (!(await this.decisions.insertIfAbsent(manager, row))) return;
    const at = now.toISOString();
    const options = { tenant, subject: dossier.code };
    if (decision.status === 'ROUTED') {
      const { ruleId, ruleVersion, agencyCode, agencyName, reason } = decision;
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
          ruleVersion,
          reason,
          decidedBy: ROUTING_SYSTEM_ACTOR,
        },
        options,
      );
      this.logger.log(`dossier ${dossier.code} routed: ${reason}`);
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
    const held = (
      reason: string,
      ruleId: string | null = null,
      ruleVersion: number | null = null,
    ) => ({ status: 'HELD', ruleId, ruleVersion, reason }) as const;
    if (!dossier.jurisdictionUnitCode) return held('the dossier names no jurisdiction unit');
    const receiptDate = toVietnamDate(new Date(dossier.receivedAt));
    const unit = await this.agencies.jurisdictionUnit(
      tenant,
      dossier.jurisdictionUnitCode,
      receiptDate,
    );
    if (!unit.found) return held(unit.reason);
    const facts: DossierFacts = {
      procedureCode: dossier.procedureCode,
      fieldCode: dossier.fieldCode,
      level: dossier.level,
      channel: dossier.channel,
      jurisdictionUnits: [unit.unit.code, ...(await this.agencies.ancestors(tenant, unit.unit))],
      receiptDate,
    };
    // Units named by the rules that could still match are resolved to the units of the day.
    const candidates = (await this.rules.forTenant(manager, tenant)).filter((r) =>
      criteriaHold(r, facts),
    );
    const unitsInForce = await this.agencies.ruleUnitsInForce(
      tenant,
      candidates.flatMap((r) => r.jurisdictionUnitCodes ?? []),
      receiptDate,
    );
    const match = firstMatchingRule(candidates, facts, unitsInForce);
    if (!match) {
      return held(
        `no routing rule matches procedure ${facts.procedureCode} (field ${facts.fieldCode}, level ${facts.level}, channel ${facts.channel}) in jurisdiction unit ${unit.unit.code} on ${receiptDate}`,
      );
    }
    const { rule } = match;
    const choice = await this.agencies.agencyFor(tenant, rule.target, unit.unit);
    if (!choice.found)
      return held(`rule ${rule.id} v${rule.version}: ${choice.reason}`, rule.id, rule.version);
    return {
      status: 'ROUTED',
      ruleId: rule.id,
      ruleVersion: rule.version,
      agencyCode: choice.agency.code,
      agencyName: choice.agency.name,
      reason: routedReason({
        match,
        facts,
        recordedUnitCode: dossier.jurisdictionUnitCode,
        agency: choice.agency,
      }),
    };
  }
}
