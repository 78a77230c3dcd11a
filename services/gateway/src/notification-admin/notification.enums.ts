import { registerEnumType } from '@nestjs/graphql';
import { applicantChannelSchema } from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

/** GraphQL names for the contract's event types (whose wire values are kebab-case ids). */
export const NotificationEventTypeEnum = {
  DOSSIER_RECEIVED: 'dossier-received',
  DOSSIER_ROUTED: 'dossier-routed',
  DOSSIER_SUPPLEMENT_REQUESTED: 'dossier-supplement-requested',
  DOSSIER_RESULT_READY: 'dossier-result-ready',
} as const;
registerEnumType(NotificationEventTypeEnum, {
  name: 'NotificationEventType',
  description: 'The dossier events that notify the applicant; each has its own templates.',
});

export const ApplicantChannelEnum = registerValuesEnum(
  applicantChannelSchema.enum,
  'ApplicantChannel',
  'How an applicant is reached: SMS or e-mail.',
);

/** GraphQL names for the message languages (`vi`, `en` on the wire). */
export const NotificationLanguageEnum = { VI: 'vi', EN: 'en' } as const;
registerEnumType(NotificationLanguageEnum, {
  name: 'NotificationLanguage',
  description: 'Language of messages: VI (Vietnamese, the default) or EN.',
});
