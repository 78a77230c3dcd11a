import {
  Channel as ChannelValues,
  DossierStatus as DossierStatusValues,
  ReturnMethod as ReturnMethodValues,
  paymentMethodSchema,
  timelinessSchema,
} from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const ChannelEnum = registerValuesEnum(
  ChannelValues,
  'Channel',
  'How a dossier was handed in: at a counter, online, or by public postal service.',
);
export const DossierStatusEnum = registerValuesEnum(
  DossierStatusValues,
  'DossierStatus',
  'Local status of a dossier; each maps to a national status code.',
);
export const ReturnMethodEnum = registerValuesEnum(
  ReturnMethodValues,
  'ReturnMethod',
  'How the result goes back: at the branch the applicant chose, by post, or electronically.',
);
export const PaymentMethodEnum = registerValuesEnum(
  paymentMethodSchema.enum,
  'PaymentMethod',
  'How fees were paid: in cash at the counter, online (payment platform) or by bank transfer.',
);
export const TimelinessEnum = registerValuesEnum(
  timelinessSchema.enum,
  'Timeliness',
  'Finished EARLY / ON_TIME / LATE; in progress WITHIN_TIME / OVERDUE; PAUSED awaiting a supplement.',
);
