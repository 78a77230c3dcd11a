import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  ApplicantChannel,
  NotificationEventType,
  NotificationLanguage,
  NotificationTemplate,
} from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import {
  ApplicantChannelEnum,
  NotificationEventTypeEnum,
  NotificationLanguageEnum,
} from './notification.enums';

/** One version of a tenant's message template (docs/notifications.md). */
@ObjectType('NotificationTemplate')
export class NotificationTemplateModel {
  @Field(() => NotificationEventTypeEnum)
  eventType!: NotificationEventType;

  @Field(() => ApplicantChannelEnum)
  channel!: ApplicantChannel;

  @Field(() => NotificationLanguageEnum)
  language!: NotificationLanguage;

  @Field(() => Int, { description: '0 is the built-in default; each save adds the next version.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'E-mail only.' })
  subject!: string | null;

  @Field(() => String)
  body!: string;

  @Field(() => [String], { description: 'The `{name}` placeholders this event offers.' })
  variables!: string[];

  @Field(() => String, { nullable: true, description: 'Null for the built-in default.' })
  createdBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: string | null;
}

export function toNotificationTemplateModel(t: NotificationTemplate): NotificationTemplateModel {
  return { ...t, variables: [...t.variables] };
}
