import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type {
  ApplicantChannel,
  NotificationEventType,
  NotificationLanguage,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import {
  ApplicantChannelEnum,
  NotificationEventTypeEnum,
  NotificationLanguageEnum,
} from './notification.enums';
import {
  NotificationTemplateModel,
  toNotificationTemplateModel,
} from './notification-template.model';
import { SaveNotificationTemplateInput } from './save-notification-template.input';

/** The tenant's message templates: read and versioned by its administrators. */
@Resolver(() => NotificationTemplateModel)
export class NotificationTemplatesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [NotificationTemplateModel], {
    description:
      'The templates in force (newest version, else the built-in default), filtered by any argument. Tenant administrators.',
  })
  @TenantAdminAccess()
  async notificationTemplates(
    @Args('eventType', { type: () => NotificationEventTypeEnum, nullable: true })
    eventType: NotificationEventType | null | undefined,
    @Args('channel', { type: () => ApplicantChannelEnum, nullable: true })
    channel: ApplicantChannel | null | undefined,
    @Args('language', { type: () => NotificationLanguageEnum, nullable: true })
    language: NotificationLanguage | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<NotificationTemplateModel[]> {
    const { templates } = await this.rpc.request(
      'notification.template.list.v1',
      {
        eventType: eventType ?? undefined,
        channel: channel ?? undefined,
        language: language ?? undefined,
      },
      callOptions(caller),
    );
    return templates.map(toNotificationTemplateModel);
  }

  @Query(() => [NotificationTemplateModel], {
    description: 'Every version of one template, newest first, ending with the built-in default.',
  })
  @TenantAdminAccess()
  async notificationTemplateVersions(
    @Args('eventType', { type: () => NotificationEventTypeEnum }) eventType: NotificationEventType,
    @Args('channel', { type: () => ApplicantChannelEnum }) channel: ApplicantChannel,
    @Args('language', { type: () => NotificationLanguageEnum }) language: NotificationLanguage,
    @CurrentCaller() caller: Caller,
  ): Promise<NotificationTemplateModel[]> {
    const { versions } = await this.rpc.request(
      'notification.template.versions.v1',
      { eventType, channel, language },
      callOptions(caller),
    );
    return versions.map(toNotificationTemplateModel);
  }

  @Mutation(() => NotificationTemplateModel, {
    description:
      "Saves the template's next version, used from the next message on; unknown variables or syntax errors: VALIDATION_FAILED. Tenant administrators.",
  })
  @TenantAdminAccess()
  async saveNotificationTemplate(
    @Args('input', { type: () => SaveNotificationTemplateInput })
    input: SaveNotificationTemplateInput,
    @CurrentCaller() caller: Caller,
  ): Promise<NotificationTemplateModel> {
    const saved = await this.rpc.request(
      'notification.template.save.v1',
      {
        eventType: input.eventType,
        channel: input.channel,
        language: input.language,
        subject: input.subject ?? null,
        body: input.body,
      },
      callOptions(caller),
    );
    return toNotificationTemplateModel(saved);
  }
}
