import { DossierContactEntity } from './contacts/dossier-contact.entity';
import { DeliveryAttemptEntity } from './deliveries/delivery-attempt.entity';
import { DeliveryEntity } from './deliveries/delivery.entity';
import { NOTIFICATION_MIGRATIONS } from './migrations';
import { PortalSyncEntity } from './portal-sync/portal-sync.entity';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { NotificationTemplateEntity } from './templates/notification-template.entity';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity';

/** Notification owns the `notification` schema; its tables, and migrations in order. */
export const NOTIFICATION_DATABASE = {
  schema: 'notification',
  entities: [
    DossierContactEntity,
    DeliveryEntity,
    DeliveryAttemptEntity,
    WebhookEndpointEntity,
    PortalSyncEntity,
    NotificationTemplateEntity,
    NotificationPreferenceEntity,
  ],
  migrations: NOTIFICATION_MIGRATIONS,
};
