import { DossierContactEntity } from './contacts/dossier-contact.entity';
import { DeliveryEntity } from './deliveries/delivery.entity';
import { NOTIFICATION_MIGRATIONS } from './migrations';

/** Notification owns the `notification` schema; its tables, and migrations in order. */
export const NOTIFICATION_DATABASE = {
  schema: 'notification',
  entities: [DossierContactEntity, DeliveryEntity],
  migrations: NOTIFICATION_MIGRATIONS,
};
