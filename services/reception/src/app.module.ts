import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@motcua/platform';
import { RECEPTION_CONFIG, type ReceptionConfig } from './config/reception.config';
import { RECEPTION_DATABASE } from './database';
import { AttachmentsHandler } from './attachments/attachments.handler';
import { AttachmentsService } from './attachments/attachments.service';
import { DeadlineService } from './deadlines/deadline.service';
import { OverdueTimersService } from './deadlines/overdue-timers.service';
import { DossierViews } from './dossiers/dossier-views.service';
import { DossiersHandler } from './dossiers/dossiers.handler';
import { DossiersRepository } from './dossiers/dossiers.repository';
import { DossiersService } from './dossiers/dossiers.service';
import { DossierFormsHandler } from './forms/dossier-forms.handler';
import { DossierFormsService } from './forms/dossier-forms.service';
import { DossierLifecycleHandler } from './lifecycle/dossier-lifecycle.handler';
import { DossierLifecycleService } from './lifecycle/dossier-lifecycle.service';
import { RoutingResultsHandler } from './routing-results/routing-results.handler';
import { StepHandedOverHandler } from './routing-results/step-handed-over.handler';
import { HandoverIntakeHandler } from './handover/handover-intake.handler';
import { HandoverMirrorHandler } from './handover/handover-mirror.handler';
import { ResultReturnedHandler } from './handover/result-returned.handler';

@Module({})
export class AppModule {
  static forRoot(config: ReceptionConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          serviceName: 'reception',
          config,
          database: RECEPTION_DATABASE,
          catalogClient: true,
        }),
        TypeOrmModule.forFeature(RECEPTION_DATABASE.entities),
      ],
      providers: [
        { provide: RECEPTION_CONFIG, useValue: config },
        DeadlineService,
        OverdueTimersService,
        DossiersRepository,
        DossierViews,
        DossiersService,
        DossiersHandler,
        RoutingResultsHandler,
        StepHandedOverHandler,
        DossierLifecycleService,
        DossierLifecycleHandler,
        DossierFormsService,
        DossierFormsHandler,
        AttachmentsService,
        AttachmentsHandler,
        HandoverIntakeHandler,
        HandoverMirrorHandler,
        ResultReturnedHandler,
      ],
    };
  }
}
