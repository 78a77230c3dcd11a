import { z } from 'zod';
import { returnMethodSchema } from '../domain/dossier-lifecycle';
import { channelSchema } from '../domain/dossier-status';
import { jurisdictionBasisSchema, procedureLevelSchema } from '../domain/procedure';
import { durationSchema } from '../domain/procedure-definition';
import { tenantIdSchema } from '../domain/tenant';
import { dossierComponentSchema } from '../rpc/reception';
import { isoDateTime } from '../rpc/common';

/**
 * Cross-province hand-over (DOMAIN §1, §6): a dossier of a NATION-scope procedure received in one
 * tenant for a jurisdiction unit of another. Published under the DECIDING tenant by the receiving
 * one; it carries everything the deciding tenant stores, since no table is shared between them
 * (provinces may run on separate databases).
 *
 * Privacy: unlike every other event it carries the applicant's FULL personal ID — the deciding
 * agency needs it to decide (e.g. to look the person up in its registers) and has no other way to
 * get it. Only reception's hand-over consumer reads it; it is never logged.
 */
export const dossierHandedOverSchema = z.object({
  /** The receiving tenant's row; the deciding tenant stores its own row under the same code. */
  dossierId: z.uuid(),
  code: z.string(),
  receivingTenant: tenantIdSchema,
  procedureCode: z.string(),
  procedureVersion: z.number().int(),
  procedureName: z.string(),
  fieldCode: z.string(),
  level: procedureLevelSchema,
  channel: channelSchema,
  receivingBranchId: z.string(),
  receivingBranchName: z.string(),
  receivingUnitCode: z.string(),
  receivingAgencyCode: z.string(),
  jurisdictionUnitCode: z.string(),
  /** Added later: whose place the unit is; RESIDENCE for events published before. */
  jurisdictionBasis: jurisdictionBasisSchema.default('RESIDENCE'),
  /** When the dossier reached the receiving branch. */
  receivedAt: isoDateTime,
  /** When the one-stop unit accepted it: the processing clock runs from here. */
  acceptedAt: isoDateTime,
  /** Computed by the receiving tenant at receipt, in its working time. */
  dueAt: isoDateTime,
  /** The processing time that applied (fast track included). */
  duration: durationSchema.nullable(),
  components: z.array(dossierComponentSchema),
  returnMethod: returnMethodSchema,
  /** Where the result is handed back: a branch of the receiving tenant. */
  returnBranchId: z.string(),
  returnBranchName: z.string(),
  returnBranchAddress: z.string().nullable(),
  /** Who received it (staff subject, or the citizen for an online dossier). */
  receivedBy: z.string(),
  applicant: z.object({
    fullName: z.string(),
    personalId: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
  }),
});
export type DossierHandedOver = z.infer<typeof dossierHandedOverSchema>;

/**
 * The receiving tenant handed the result of a handed-over dossier back to the applicant.
 * Published under the DECIDING tenant, whose row becomes RETURNED too.
 */
export const dossierResultReturnedSchema = z.object({
  code: z.string(),
  receivingTenant: tenantIdSchema,
  method: returnMethodSchema,
  /** The receiving tenant's staff member who returned it. */
  returnedBy: z.string(),
  returnedAt: isoDateTime,
  /** The branch it was returned at, for BRANCH returns. */
  branchId: z.string().nullable(),
  note: z.string().nullable(),
});
export type DossierResultReturned = z.infer<typeof dossierResultReturnedSchema>;
