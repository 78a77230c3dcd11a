import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, type PlatformModuleOptions } from '@motcua/platform';
import { RECEPTION_CONFIG, type ReceptionConfig } from './config/reception.config';
import { RECEPTION_DATABASE } from './database';
import { DossierReads } from './access/dossier-reads.service';
import { AttachmentsHandler } from './attachments/attachments.handler';
import { AccessLogHandler } from './audit/access-log.handler';
import { AccessLogRepository } from './audit/access-log.repository';
import { AccessLogService } from './audit/access-log.service';
import { AttachmentsService } from './attachments/attachments.service';
import { DeadlineService } from './deadlines/deadline.service';
import { OverdueTimersService } from './deadlines/overdue-timers.service';
import { DossierViews } from './dossiers/dossier-views.service';
import { DossiersHandler } from './dossiers/dossiers.handler';
import { DossiersRepository } from './dossiers/dossiers.repository';
import { DossiersService } from './dossiers/dossiers.service';
import { MyDossiersService } from './dossiers/my-dossiers.service';
import { DossierFormsHandler } from './forms/dossier-forms.handler';
import { DossierFormsService } from './forms/dossier-forms.service';
import { DossierLifecycleHandler } from './lifecycle/dossier-lifecycle.handler';
import { DossierLifecycleService } from './lifecycle/dossier-lifecycle.service';
import { RoutingResultsHandler } from './routing-results/routing-results.handler';
import { StepHandedOverHandler } from './routing-results/step-handed-over.handler';
import { HandoverIntakeHandler } from './handover/handover-intake.handler';
import { HandoverCopies } from './handover/handover-copy-tenant';
import { HandoverMirrorHandler } from './handover/handover-mirror.handler';
import { ResultReturnedHandler } from './handover/result-returned.handler';
import { DossierReportService } from './reports/dossier-report.service';
import { ReportRepository } from './reports/report.repository';
import { ReportsHandler } from './reports/reports.handler';
import { DossierMetrics } from './metrics/dossier-metrics';
import { OpenDossiersCollector } from './metrics/open-dossiers.collector';
import { QueueStatsRepository } from './queue-tickets/queue-stats.repository';
import { QueueTicketsHandler } from './queue-tickets/queue-tickets.handler';
import { QueueTicketsRepository } from './queue-tickets/queue-tickets.repository';
import { QueueTicketsService } from './queue-tickets/queue-tickets.service';

@Module({})
export class AppModule {
  /** `logDestination` replaces stdout for the JSON logs (tests capture them). */
  static forRoot(
    config: ReceptionConfig,
    options: Pick<PlatformModuleOptions, 'logDestination'> = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          serviceName: 'reception',
          config,
          database: RECEPTION_DATABASE,
          catalogClient: true,
          logDestination: options.logDestination,
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
        MyDossiersService,
        DossiersHandler,
        AccessLogRepository,
        AccessLogService,
        AccessLogHandler,
        DossierReads,
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
        HandoverCopies,
        ResultReturnedHandler,
        ReportRepository,
        DossierReportService,
        ReportsHandler,
        DossierMetrics,
        OpenDossiersCollector,
        QueueTicketsRepository,
        QueueStatsRepository,
        QueueTicketsService,
        QueueTicketsHandler,
      ],
    };
  }
}
