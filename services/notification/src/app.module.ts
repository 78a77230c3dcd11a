import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@motcua/platform';
import { ChannelRegistry, notificationChannelsProvider } from './channels/channel-registry';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './config/notification.config';
import { DossierContactsRepository } from './contacts/dossier-contacts.repository';
import { NOTIFICATION_DATABASE } from './database';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliveryWorker } from './deliveries/delivery.worker';
import { DossierEventsHandler } from './dossier-events/dossier-events.handler';
import { NotificationsService } from './notifications/notifications.service';

@Module({})
export class AppModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          serviceName: 'notification',
          config,
          database: NOTIFICATION_DATABASE,
        }),
        TypeOrmModule.forFeature(NOTIFICATION_DATABASE.entities),
      ],
      providers: [
        { provide: NOTIFICATION_CONFIG, useValue: config },
        notificationChannelsProvider,
        ChannelRegistry,
        DossierContactsRepository,
        DeliveriesRepository,
        NotificationsService,
        DossierEventsHandler,
        DeliveryWorker,
      ],
    };
  }
}
