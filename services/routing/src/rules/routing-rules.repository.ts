import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoutingRule } from './rule-matcher';
import { RoutingRuleEntity, toRoutingRule } from './routing-rule.entity';

@Injectable()
export class RoutingRulesRepository {
  /** Every rule of a tenant (all validity periods), in the order they are checked. */
  async forTenant(manager: EntityManager, tenant: string): Promise<RoutingRule[]> {
    const rows = await manager.find(RoutingRuleEntity, {
      where: { tenantId: tenant },
      order: { priority: 'ASC', id: 'ASC' },
    });
    return rows.map(toRoutingRule);
  }
}
