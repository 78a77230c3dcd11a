import { z } from 'zod';
import { isoDateTime } from '../rpc/common';

/**
 * A dossier with an inter-agency chain moved to its next agency (DOMAIN §4): the agency of step
 * `stepIndex - 1` finished and the agency of step `stepIndex` (1-based) holds it until
 * `stepDueAt`. Reception makes that agency the competent one and logs the hand-over (form 06).
 */
export const dossierStepHandedOverSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  /** 1-based position of the step that starts now. */
  stepIndex: z.number().int().min(2),
  stepCount: z.number().int().min(2),
  /** Title of the step that starts now. */
  title: z.string(),
  fromAgencyCode: z.string(),
  fromAgencyName: z.string(),
  toAgencyCode: z.string(),
  toAgencyName: z.string(),
  stepDueAt: isoDateTime,
  at: isoDateTime,
  /** Staff subject of who finished the previous step. */
  actor: z.string(),
  note: z.string().nullable(),
});
export type DossierStepHandedOver = z.infer<typeof dossierStepHandedOverSchema>;
