import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoutingRule } from './rule-matcher';
import { RoutingRuleEntity, toRoutingRule } from './routing-rule.entity';

@Injectable()
export class RoutingRulesRepository {
  /** Every rule version of a tenant (all validity periods), in the order they are checked. */
  async forTenant(manager: EntityManager, tenant: string): Promise<RoutingRule[]> {
    const rows = await manager.find(RoutingRuleEntity, {
      where: { tenantId: tenant },
      order: { priority: 'ASC', id: 'ASC', version: 'ASC' },
    });
    return rows.map(toRoutingRule);
  }

  /** The versions in force on a day, in the order they are checked. */
  inForce(manager: EntityManager, tenant: string, date: string): Promise<RoutingRuleEntity[]> {
    return manager
      .createQueryBuilder(RoutingRuleEntity, 'r')
      .where('r.tenantId = :tenant', { tenant })
      .andWhere('r.validFrom <= :date AND (r.validTo IS NULL OR r.validTo >= :date)', { date })
      .orderBy('r.priority', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .addOrderBy('r.version', 'ASC')
      .getMany();
  }

  /** Every version of the tenant's rules (or of one rule), by id then version. */
  versions(manager: EntityManager, tenant: string, id?: string): Promise<RoutingRuleEntity[]> {
    return manager.find(RoutingRuleEntity, {
      where: id === undefined ? { tenantId: tenant } : { tenantId: tenant, id },
      order: { id: 'ASC', version: 'ASC' },
    });
  }

  /**
   * The latest version of a rule, with writers of the same rule id serialised until the caller's
   * transaction ends (an advisory lock, since a new rule has no row to lock yet).
   */
  async lockLatest(
    manager: EntityManager,
    tenant: string,
    id: string,
  ): Promise<RoutingRuleEntity | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `motcua:routing:rule:${tenant}:${id}`,
    ]);
    return manager.findOne(RoutingRuleEntity, {
      where: { tenantId: tenant, id },
      order: { version: 'DESC' },
    });
  }

  async insert(manager: EntityManager, rule: RoutingRuleEntity): Promise<void> {
    await manager.insert(RoutingRuleEntity, rule);
  }

  /** Ends a version on `validTo`: the only change a stored version ever gets. */
  async close(manager: EntityManager, rule: RoutingRuleEntity, validTo: string): Promise<void> {
    await manager.update(
      RoutingRuleEntity,
      { tenantId: rule.tenantId, id: rule.id, version: rule.version },
      { validTo },
    );
  }
}
