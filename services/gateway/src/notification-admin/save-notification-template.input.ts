import { Field, InputType } from '@nestjs/graphql';
import type {
  ApplicantChannel,
  NotificationEventType,
  NotificationLanguage,
} from '@motcua/contracts';
import {
  ApplicantChannelEnum,
  NotificationEventTypeEnum,
  NotificationLanguageEnum,
} from './notification.enums';

@InputType('SaveNotificationTemplateInput')
export class SaveNotificationTemplateInput {
  @Field(() => NotificationEventTypeEnum)
  eventType!: NotificationEventType;

  @Field(() => ApplicantChannelEnum)
  channel!: ApplicantChannel;

  @Field(() => NotificationLanguageEnum)
  language!: NotificationLanguage;

  @Field(() => String, { nullable: true, description: 'Required for EMAIL, absent for SMS.' })
  subject?: string | null;

  @Field(() => String, { description: 'Text with `{name}` placeholders of the event.' })
  body!: string;
}
