import { z } from 'zod';

/** National procedure code `N.NNNNNN` (e.g. `2.002492`). */
export const procedureCodeSchema = z
  .string()
  .regex(/^\d\.\d{6}$/, 'procedure code must look like 2.002492');

export const ProcedureLevel = {
  Province: 'PROVINCE',
  Commune: 'COMMUNE',
  Central: 'CENTRAL',
} as const;
export type ProcedureLevel = (typeof ProcedureLevel)[keyof typeof ProcedureLevel];
export const procedureLevelSchema = z.enum([
  ProcedureLevel.Province,
  ProcedureLevel.Commune,
  ProcedureLevel.Central,
]);

/**
 * What decides a dossier's jurisdiction (DOMAIN §6): the applicant's residence (civil status),
 * the parcel's location (land), or the business's registered address.
 */
export const JurisdictionBasis = {
  Residence: 'RESIDENCE',
  Parcel: 'PARCEL',
  BusinessAddress: 'BUSINESS_ADDRESS',
} as const;
export type JurisdictionBasis = (typeof JurisdictionBasis)[keyof typeof JurisdictionBasis];
export const jurisdictionBasisSchema = z.enum([
  JurisdictionBasis.Residence,
  JurisdictionBasis.Parcel,
  JurisdictionBasis.BusinessAddress,
]);

/** Where a dossier may be received: only at the competent unit, anywhere in the province, anywhere. */
export const BoundaryFreeScope = { None: 'NONE', Province: 'PROVINCE', Nation: 'NATION' } as const;
export type BoundaryFreeScope = (typeof BoundaryFreeScope)[keyof typeof BoundaryFreeScope];
export const boundaryFreeScopeSchema = z.enum([
  BoundaryFreeScope.None,
  BoundaryFreeScope.Province,
  BoundaryFreeScope.Nation,
]);
