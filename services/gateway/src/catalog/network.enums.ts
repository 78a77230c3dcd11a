import { AgencyKind, BranchKind, UnitLevel } from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const UnitLevelEnum = registerValuesEnum(
  UnitLevel,
  'UnitLevel',
  'Level of an administrative unit; DISTRICT ended on 2025-07-01 (two-tier local government).',
);
export const BranchKindEnum = registerValuesEnum(
  BranchKind,
  'BranchKind',
  "Where a reception point stands in the network: the province's service center, a branch (or commune-level center), a smaller service point.",
);
export const AgencyKindEnum = registerValuesEnum(
  AgencyKind,
  'AgencyKind',
  "Kind of agency: the People's Committee of the province or of a commune, a department, a central agency, a service center.",
);
