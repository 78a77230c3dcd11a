import { Initial1795306020428 } from './1795306020428-initial';
import { RuleCriteria1795315168281 } from './1795315168281-rule-criteria';
import { DecisionReasons1795315567666 } from './1795315567666-decision-reasons';
import { HandlersAndQueues1795316753987 } from './1795316753987-handlers-and-queues';
import { Escalations1795318075067 } from './1795318075067-escalations';
import { InterAgencyChains1795318602769 } from './1795318602769-inter-agency-chains';
import { HeldAlerts1795318816294 } from './1795318816294-held-alerts';

export const ROUTING_MIGRATIONS: Function[] = [
  Initial1795306020428,
  RuleCriteria1795315168281,
  DecisionReasons1795315567666,
  HandlersAndQueues1795316753987,
  Escalations1795318075067,
  InterAgencyChains1795318602769,
  HeldAlerts1795318816294,
];
