import { RoutingDecisionEntity } from './decisions/routing-decision.entity';
import { ROUTING_MIGRATIONS } from './migrations';
import { RoutingRuleEntity } from './rules/routing-rule.entity';

/** Routing owns the `routing` schema; its tables, and migrations in order. */
export const ROUTING_DATABASE = {
  schema: 'routing',
  entities: [RoutingRuleEntity, RoutingDecisionEntity],
  migrations: ROUTING_MIGRATIONS,
};
