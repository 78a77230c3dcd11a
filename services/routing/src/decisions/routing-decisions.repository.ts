import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DossierRef } from '@motcua/contracts';
import { RoutingDecisionHistoryEntity } from './routing-decision-history.entity';
import { DecisionStatus, RoutingDecisionEntity } from './routing-decision.entity';

/** The fields of a decision, as both tables keep them. */
export type DecisionFields = Pick<
  RoutingDecisionEntity,
  | 'status'
  | 'ruleId'
  | 'ruleVersion'
  | 'agencyCode'
  | 'agencyName'
  | 'reason'
  | 'decidedAt'
  | 'decidedBy'
>;

@Injectable()
export class RoutingDecisionsRepository {
  async exists(manager: EntityManager, dossierId: string): Promise<boolean> {
    return manager.exists(RoutingDecisionEntity, { where: { dossierId } });
  }

  /**
   * Stores the first decision unless the dossier already has one (the first decision is kept,
   * also against a concurrent writer: the loser waits for the winner's commit, then inserts
   * nothing), and logs it. True when this call stored it.
   */
  async insertIfAbsent(manager: EntityManager, decision: RoutingDecisionEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RoutingDecisionEntity)
      .values(decision)
      .orIgnore()
      .returning(['dossierId']) // property paths: TypeORM 1.x silently drops unknown names
      .execute();
    if ((result.raw as unknown[]).length === 0) return false;
    await this.log(manager, decision);
    return true;
  }

  /** Replaces the current decision of a dossier (locked by the caller) and logs it. */
  async redecide(
    manager: EntityManager,
    current: RoutingDecisionEntity,
    next: DecisionFields,
  ): Promise<RoutingDecisionEntity> {
    await manager.update(RoutingDecisionEntity, { dossierId: current.dossierId }, next);
    const updated = { ...current, ...next };
    await this.log(manager, updated);
    return updated;
  }

  find(
    manager: EntityManager,
    tenant: string,
    ref: DossierRef,
    lock = false,
  ): Promise<RoutingDecisionEntity | null> {
    return manager.findOne(RoutingDecisionEntity, {
      where:
        ref.dossierId !== undefined
          ? { tenantId: tenant, dossierId: ref.dossierId }
          : { tenantId: tenant, dossierCode: ref.dossierCode },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * Held dossiers of a tenant, oldest decision first (then by id), after the given position;
   * one more than `first` tells whether a next page exists.
   */
  listHeld(
    manager: EntityManager,
    tenant: string,
    first: number,
    after: { decidedAt: Date; dossierId: string } | null,
  ): Promise<RoutingDecisionEntity[]> {
    const query = manager
      .createQueryBuilder(RoutingDecisionEntity, 'd')
      .where('d.tenantId = :tenant AND d.status = :held', { tenant, held: DecisionStatus.Held })
      .orderBy('d.decidedAt', 'ASC')
      .addOrderBy('d.dossierId', 'ASC')
      .take(first + 1);
    if (after)
      query.andWhere('(d.decidedAt, d.dossierId) > (:at, :id)', {
        at: after.decidedAt,
        id: after.dossierId,
      });
    return query.getMany();
  }

  countHeld(manager: EntityManager, tenant: string): Promise<number> {
    return manager.count(RoutingDecisionEntity, {
      where: { tenantId: tenant, status: DecisionStatus.Held },
    });
  }

  /** Every decision about the dossier, oldest first. */
  history(manager: EntityManager, dossierId: string): Promise<RoutingDecisionHistoryEntity[]> {
    return manager.find(RoutingDecisionHistoryEntity, {
      where: { dossierId },
      order: { id: 'ASC' },
    });
  }

  private async log(manager: EntityManager, d: RoutingDecisionEntity): Promise<void> {
    await manager.insert(RoutingDecisionHistoryEntity, {
      dossierId: d.dossierId,
      tenantId: d.tenantId,
      status: d.status,
      ruleId: d.ruleId,
      ruleVersion: d.ruleVersion,
      agencyCode: d.agencyCode,
      agencyName: d.agencyName,
      reason: d.reason,
      decidedAt: d.decidedAt,
      decidedBy: d.decidedBy,
    });
  }
}
