import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '@motcua/platform';
import { ROUTING_CONFIG, type RoutingConfig } from './config/routing.config';
import { ROUTING_DATABASE } from './database';
import { CompetentAgencyService } from './decisions/competent-agency.service';
import { DossierReceivedHandler } from './decisions/dossier-received.handler';
import { RoutingDecisionsRepository } from './decisions/routing-decisions.repository';
import { RoutingService } from './decisions/routing.service';
import { RoutingRulesRepository } from './rules/routing-rules.repository';
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
        RoutingRulesRepository,
        RoutingDecisionsRepository,
        CompetentAgencyService,
        RoutingService,
        DossierReceivedHandler,
        DemoSeeder,
      ],
    };
  }
}
