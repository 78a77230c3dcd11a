import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { PlatformModule } from '@motcua/platform';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { GatewayConfigModule } from './config/gateway-config.module';
import type { GatewayConfig } from './config/gateway.config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { IdentityAdminModule } from './identity-admin/identity-admin.module';
import { NotificationAdminModule } from './notification-admin/notification-admin.module';
import { LiveConnections } from './live/live-connections';
import { LiveModule } from './live/live.module';
import { NationalPortalModule } from './national-portal/national-portal.module';
import { ReportsModule } from './reports/reports.module';
import { QueueTicketsModule } from './queue-tickets/queue-tickets.module';
import { PagesModule } from './pages/pages.module';
import { RoutingModule } from './routing/routing.module';
import { SignInModule } from './sign-in/sign-in.module';
import { TelemetryModule } from './telemetry/telemetry.module';
import { graphqlOptions } from './graphql/graphql-options';
import { GraphqlMetrics } from './metrics/graphql-metrics';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';

/** The GraphQL gateway: no database; it authenticates, settles the tenant and calls services over NATS. */
@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ serviceName: 'gateway', config }),
        GatewayConfigModule.forRoot(config),
        TelemetryModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [LiveModule],
          inject: [LiveConnections],
          useFactory: (live: LiveConnections) => graphqlOptions(config, live),
        }),
        AuthModule,
        CatalogModule,
        DossiersModule,
        AttachmentsModule,
        RoutingModule,
        IdentityAdminModule,
        NotificationAdminModule,
        DeliveriesModule,
        SignInModule,
        LiveModule,
        NationalPortalModule,
        ReportsModule,
        QueueTicketsModule,
        PagesModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }, GraphqlMetrics],
    };
  }
}
