import { z } from 'zod';
import { isoDateTime } from '../rpc/common';

/** How late a dossier is: due within the warning margin, or past its due date. */
export const escalationLevelSchema = z.enum(['NEARING_DUE', 'OVERDUE']);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/**
 * Who is told (DOMAIN §5–6): the handler holding the dossier; the head of its agency; the
 * one-stop unit (the receiving branch), which starts the apology and extension (form 04).
 */
export const escalationAudienceSchema = z.enum(['HANDLER', 'AGENCY_HEAD', 'ONE_STOP']);
export type EscalationAudience = z.infer<typeof escalationAudienceSchema>;

export const dossierEscalatedSchema = z.object({
  alertId: z.uuid(),
  dossierId: z.uuid(),
  code: z.string(),
  level: escalationLevelSchema,
  audience: escalationAudienceSchema,
  /** Set for HANDLER alerts. */
  handlerSubject: z.string().nullable(),
  /** The agency holding the dossier (AGENCY_HEAD alerts; context for the others). */
  agencyCode: z.string().nullable(),
  /** The one-stop branch (ONE_STOP alerts). */
  branchId: z.string().nullable(),
  dueAt: isoDateTime,
  raisedAt: isoDateTime,
});
export type DossierEscalated = z.infer<typeof dossierEscalatedSchema>;
