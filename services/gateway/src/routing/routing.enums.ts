import { AreaKind, routingDecisionStatusSchema } from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const RoutingDecisionStatusEnum = registerValuesEnum(
  routingDecisionStatusSchema.enum,
  'RoutingDecisionStatus',
  'ROUTED to a competent agency, or HELD for a supervisor because nothing decided it.',
);
export const RoutingTargetKindEnum = registerValuesEnum(
  { Agency: 'AGENCY', JurisdictionCommittee: 'JURISDICTION_COMMITTEE' } as const,
  'RoutingTargetKind',
  "AGENCY: a fixed agency; JURISDICTION_COMMITTEE: the People's Committee of the dossier's commune.",
);
export const AreaKindEnum = registerValuesEnum(
  AreaKind,
  'AreaKind',
  'Where a handler works; sets the yearly norm (1,600 urban, 1,200 rural, 800 remote dossiers).',
);
