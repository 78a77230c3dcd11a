import { Channel as ChannelValues, DossierStatus as DossierStatusValues } from '@motcua/contracts';
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
