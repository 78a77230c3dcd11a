import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@motcua/platform';
import { ChannelRegistry, notificationChannelsProvider } from './channels/channel-registry';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './config/notification.config';
import { DossierContactsRepository } from './contacts/dossier-contacts.repository';
import { NOTIFICATION_DATABASE } from './database';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveriesHandler } from './deliveries/deliveries.handler';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveryWorker } from './deliveries/delivery.worker';
import { DossierEventsHandler } from './dossier-events/dossier-events.handler';
import { NotificationsService } from './notifications/notifications.service';
import { WebhooksHandler } from './webhooks/webhooks.handler';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhooksService } from './webhooks/webhooks.service';
import { PORTAL_SYNC_PROVIDERS } from './portal-sync/portal-sync.providers';
import { NotificationPreferencesHandler } from './preferences/notification-preferences.handler';
import { NotificationPreferencesRepository } from './preferences/notification-preferences.repository';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { NotificationTemplatesHandler } from './templates/notification-templates.handler';
import { NotificationTemplatesRepository } from './templates/notification-templates.repository';
import { NotificationTemplatesService } from './templates/notification-templates.service';

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
        NotificationTemplatesRepository,
        NotificationTemplatesService,
        NotificationTemplatesHandler,
        NotificationPreferencesRepository,
        NotificationPreferencesService,
        NotificationPreferencesHandler,
        DossierEventsHandler,
        DeliveryWorker,
        WebhookChannel,
        WebhooksRepository,
        WebhooksService,
        WebhooksHandler,
        DeliveriesService,
        DeliveriesHandler,
        ...PORTAL_SYNC_PROVIDERS,
      ],
    };
  }
}
