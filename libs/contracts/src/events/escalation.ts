import { z } from 'zod';
import { isoDateTime } from '../rpc/common';

/**
 * Why staff are alerted: a dossier due within the warning margin, past its due date, or held
 * because no routing rule decided its agency.
 */
export const escalationLevelSchema = z.enum(['NEARING_DUE', 'OVERDUE', 'HELD']);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/**
 * Who is told (DOMAIN §5–6): the handler holding the dossier; the head of its agency; the
 * one-stop unit (the receiving branch), which starts the apology and extension (form 04); the
 * tenant's supervisors, who route held dossiers by hand.
 */
export const escalationAudienceSchema = z.enum([
  'HANDLER',
  'AGENCY_HEAD',
  'ONE_STOP',
  'SUPERVISOR',
]);
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
  /** The one-stop branch (ONE_STOP alerts; the receiving branch of a HELD one). */
  branchId: z.string().nullable(),
  dueAt: isoDateTime,
  raisedAt: isoDateTime,
});
export type DossierEscalated = z.infer<typeof dossierEscalatedSchema>;
