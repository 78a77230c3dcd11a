import { Module } from '@nestjs/common';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationTemplatesResolver } from './notification-templates.resolver';

/** The notification service through GraphQL: templates for administrators, citizens' preferences. */
@Module({ providers: [NotificationTemplatesResolver, NotificationPreferencesResolver] })
export class NotificationAdminModule {}
