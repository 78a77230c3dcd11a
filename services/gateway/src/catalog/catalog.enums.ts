import {
  BoundaryFreeScope as BoundaryFreeScopeValues,
  DurationUnit as DurationUnitValues,
  JurisdictionBasis as JurisdictionBasisValues,
  OnlineLevel as OnlineLevelValues,
  ProcedureLevel as ProcedureLevelValues,
  ProcedureStatus as ProcedureStatusValues,
  competentAgencyKindSchema,
  importResultSchema,
} from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const ProcedureLevelEnum = registerValuesEnum(
  ProcedureLevelValues,
  'ProcedureLevel',
  'Level of government that decides a procedure.',
);
export const BoundaryFreeScopeEnum = registerValuesEnum(
  BoundaryFreeScopeValues,
  'BoundaryFreeScope',
  'Where a dossier of the procedure may be received: only at the competent unit (NONE), anywhere in the province, anywhere in the nation.',
);
export const JurisdictionBasisEnum = registerValuesEnum(
  JurisdictionBasisValues,
  'JurisdictionBasis',
  "Whose place decides a dossier's jurisdiction: the applicant's RESIDENCE, the PARCEL's location, the BUSINESS_ADDRESS.",
);
export const ProcedureStatusEnum = registerValuesEnum(
  ProcedureStatusValues,
  'ProcedureStatus',
  'A DRAFT version changes until it is PUBLISHED; a published version never changes.',
);
export const DurationUnitEnum = registerValuesEnum(
  DurationUnitValues,
  'DurationUnit',
  'How a processing time is counted: working days, calendar days or working hours.',
);
export const OnlineLevelEnum = registerValuesEnum(
  OnlineLevelValues,
  'OnlineLevel',
  'Online service level of a procedure: fully online, partly online, or not online.',
);
export const CompetentAgencyKindEnum = registerValuesEnum(
  competentAgencyKindSchema.enum,
  'CompetentAgencyKind',
  'Kind of agency that decides a procedure at a level.',
);
export type CompetentAgencyKind = keyof typeof CompetentAgencyKindEnum;
export const ImportOutcomeEnum = registerValuesEnum(
  importResultSchema.shape.outcome.enum,
  'ImportOutcome',
  'What importing a row did: created a version, updated a draft, left a published version as it was, or refused the row.',
);
export type ImportOutcome = keyof typeof ImportOutcomeEnum;
