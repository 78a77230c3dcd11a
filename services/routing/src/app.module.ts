import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '@motcua/platform';
import { AssignmentEventsHandler } from './assignments/assignment-events.handler';
import { AssignmentSweeper } from './assignments/assignment-sweeper.service';
import { AssignmentsHandler } from './assignments/assignments.handler';
import { AssignmentsRepository } from './assignments/assignments.repository';
import { AssignmentsService } from './assignments/assignments.service';
import { DossierProgressRepository } from './assignments/dossier-progress.repository';
import { ReassignmentService } from './assignments/reassignment.service';
import { ChainCatalogService } from './chains/chain-catalog.service';
import { ChainEventsHandler } from './chains/chain-events.handler';
import { ChainsHandler } from './chains/chains.handler';
import { ChainsRepository } from './chains/chains.repository';
import { ChainsService } from './chains/chains.service';
import { ROUTING_CONFIG, type RoutingConfig } from './config/routing.config';
import { ROUTING_DATABASE } from './database';
import { CompetentAgencyService } from './decisions/competent-agency.service';
import { DecisionsHandler } from './decisions/decisions.handler';
import { DecisionsService } from './decisions/decisions.service';
import { DossierReceivedHandler } from './decisions/dossier-received.handler';
import { RoutingDecisionsRepository } from './decisions/routing-decisions.repository';
import { RoutingService } from './decisions/routing.service';
import { RosterHandler } from './handler-roster/roster.handler';
import { RosterRepository } from './handler-roster/roster.repository';
import { RosterService } from './handler-roster/roster.service';
import { EscalationsHandler } from './escalations/escalations.handler';
import { EscalationsService } from './escalations/escalations.service';
import { StepDeadlineSweeper } from './escalations/step-deadline-sweeper.service';
import { StepDeadlinesService } from './escalations/step-deadlines.service';
import { HeldDossiersHandler } from './held-dossiers/held-dossiers.handler';
import { HeldDossiersService } from './held-dossiers/held-dossiers.service';
import { QueueRepository } from './queues/queue.repository';
import { QueuesHandler } from './queues/queues.handler';
import { QueuesService } from './queues/queues.service';
import { RoutingRulesRepository } from './rules/routing-rules.repository';
import { RuleReferencesService } from './rules/rule-references.service';
import { RulesAdminService } from './rules/rules-admin.service';
import { RulesHandler } from './rules/rules.handler';
import { DemoSeeder } from './seed/demo-seeder.service';

@Module({})
export class AppModule {
  static forRoot(config: RoutingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          serviceName: 'routing',
          config,
          database: ROUTING_DATABASE,
          catalogClient: true,
        }),
      ],
      providers: [
        { provide: ROUTING_CONFIG, useValue: config },
        // Competent agency
        RoutingRulesRepository,
        RoutingDecisionsRepository,
        CompetentAgencyService,
        RoutingService,
        DossierReceivedHandler,
        DecisionsService,
        DecisionsHandler,
        HeldDossiersService,
        HeldDossiersHandler,
        RuleReferencesService,
        RulesAdminService,
        RulesHandler,
        // Handlers and work queues
        RosterRepository,
        RosterService,
        RosterHandler,
        AssignmentsRepository,
        DossierProgressRepository,
        AssignmentsService,
        ReassignmentService,
        AssignmentEventsHandler,
        AssignmentsHandler,
        AssignmentSweeper,
        QueueRepository,
        QueuesService,
        QueuesHandler,
        // Inter-agency chains
        ChainsRepository,
        ChainCatalogService,
        ChainsService,
        ChainsHandler,
        ChainEventsHandler,
        // Escalation
        EscalationsService,
        EscalationsHandler,
        StepDeadlinesService,
        StepDeadlineSweeper,
        DemoSeeder,
      ],
    };
  }
}
