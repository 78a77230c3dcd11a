import { Initial1795306106838 } from './1795306106838-initial';
import { NotificationTemplates1795329220542 } from './1795329220542-notification-templates';
import { PortalSync1795329238602 } from './1795329238602-portal-sync';
import { WebhookDeliveries1795329306067 } from './1795329306067-webhook-deliveries';

export const NOTIFICATION_MIGRATIONS: Function[] = [
  Initial1795306106838,
  NotificationTemplates1795329220542,
  PortalSync1795329238602,
  WebhookDeliveries1795329306067,
];
