import { Field, ObjectType } from '@nestjs/graphql';
import type { ApplicantChannel, NotificationLanguage } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { ApplicantChannelEnum, NotificationLanguageEnum } from './notification.enums';

/** How the applicant of a dossier wants to hear about it. */
@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => String)
  dossierCode!: string;

  @Field(() => [ApplicantChannelEnum], { description: 'Empty: no messages.' })
  channels!: ApplicantChannel[];

  @Field(() => NotificationLanguageEnum)
  language!: NotificationLanguage;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}
