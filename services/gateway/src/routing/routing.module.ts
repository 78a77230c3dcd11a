import { Module } from '@nestjs/common';
import { AlertsResolver } from './alerts.resolver';
import { DossierRoutingResolver } from './dossier-routing.resolver';
import { HandlersResolver } from './handlers.resolver';
import { InterAgencyChainResolver } from './inter-agency-chain.resolver';
import { RoutingRulesResolver } from './routing-rules.resolver';

/** The routing service through GraphQL: decisions, the supervisor queue, rules, handlers, queues. */
@Module({
  providers: [
    DossierRoutingResolver,
    RoutingRulesResolver,
    HandlersResolver,
    AlertsResolver,
    InterAgencyChainResolver,
  ],
})
export class RoutingModule {}
