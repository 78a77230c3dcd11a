import { AssignmentHistoryEntity } from './assignments/assignment-history.entity';
import { AssignmentEntity } from './assignments/assignment.entity';
import { DossierProgressEntity } from './assignments/dossier-progress.entity';
import { ChainStepEntity } from './chains/chain-step.entity';
import { RoutingDecisionHistoryEntity } from './decisions/routing-decision-history.entity';
import { RoutingDecisionEntity } from './decisions/routing-decision.entity';
import { EscalationAlertEntity } from './escalations/escalation-alert.entity';
import { EscalationDossierEntity } from './escalations/escalation-dossier.entity';
import { HandlerAbsenceEntity } from './handler-roster/handler-absence.entity';
import { HandlerEntity } from './handler-roster/handler.entity';
import { ROUTING_MIGRATIONS } from './migrations';
import { RoutingRuleEntity } from './rules/routing-rule.entity';

/** Routing owns the `routing` schema; its tables, and migrations in order. */
export const ROUTING_DATABASE = {
  schema: 'routing',
  entities: [
    RoutingRuleEntity,
    RoutingDecisionEntity,
    RoutingDecisionHistoryEntity,
    HandlerEntity,
    HandlerAbsenceEntity,
    AssignmentEntity,
    AssignmentHistoryEntity,
    DossierProgressEntity,
    EscalationDossierEntity,
    EscalationAlertEntity,
    ChainStepEntity,
  ],
  migrations: ROUTING_MIGRATIONS,
};
