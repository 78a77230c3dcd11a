import { z } from 'zod';
import { dossierCommandTypeSchema } from '../domain/dossier-lifecycle';
import { channelSchema, dossierStatusSchema } from '../domain/dossier-status';
import { procedureLevelSchema } from '../domain/procedure';
import { isoDateTime } from '../rpc/common';

export const dossierReceivedSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  procedureCode: z.string(),
  procedureVersion: z.number().int(),
  procedureName: z.string(),
  fieldCode: z.string(),
  level: procedureLevelSchema,
  channel: channelSchema,
  receivingBranchId: z.string(),
  receivingUnitCode: z.string(),
  jurisdictionUnitCode: z.string(),
  receivedAt: isoDateTime,
  dueAt: isoDateTime,
  /** Contact data for notifications; the personal ID is masked. */
  applicant: z.object({
    fullName: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    personalIdMasked: z.string(),
    /**
     * Added later (absent in events published before): the full personal ID, which the national
     * portal sync needs (DOMAIN §8) and no reception RPC gives a system caller. Never log it.
     */
    personalId: z.string().optional(),
  }),
});
export type DossierReceived = z.infer<typeof dossierReceivedSchema>;

/**
 * A dossier submitted online and registered (national 1), not yet accepted: same data as
 * `dossier.received.v1`, which follows when a receiver accepts it (with the due date from then).
 */
export const dossierRegisteredSchema = dossierReceivedSchema;
export type DossierRegistered = DossierReceived;

export const dossierRoutedSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  agencyCode: z.string(),
  agencyName: z.string(),
  /** The rule that matched, or `manual` when a supervisor routed a held dossier by hand. */
  ruleId: z.string(),
  routedAt: isoDateTime,
  /** Added later (optional for events published before): the version of the rule that matched. */
  ruleVersion: z.number().int().positive().optional(),
  /** Added later: why — how the rule matched, or the supervisor's reason. */
  reason: z.string().optional(),
  /** Added later: `system:routing`, or the supervisor who routed by hand. */
  decidedBy: z.string().optional(),
});
export type DossierRouted = z.infer<typeof dossierRoutedSchema>;

export const dossierHeldSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  reason: z.string(),
  heldAt: isoDateTime,
});
export type DossierHeld = z.infer<typeof dossierHeldSchema>;

/** One lifecycle step of a dossier: every status change a staff member or the applicant made. */
export const dossierTransitionedSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  from: dossierStatusSchema,
  to: dossierStatusSchema,
  nationalStatusCode: z.number().int().min(1).max(10),
  command: dossierCommandTypeSchema,
  /** Subject of who made the step (staff subject, or `applicant` for a rating). */
  actor: z.string(),
  reason: z.string().nullable(),
  at: isoDateTime,
  /** The due date after the step; null while the clock is paused. */
  dueAt: isoDateTime.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type DossierTransitioned = z.infer<typeof dossierTransitionedSchema>;

/** A dossier in progress passed its due date; emitted once per due date (reception's timers). */
export const dossierOverdueSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  dueAt: isoDateTime,
  detectedAt: isoDateTime,
});
export type DossierOverdue = z.infer<typeof dossierOverdueSchema>;

/** A dossier in progress is due within `marginMinutes`; emitted once per due date. */
export const dossierDueSoonSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  dueAt: isoDateTime,
  marginMinutes: z.number().int().positive(),
});
export type DossierDueSoon = z.infer<typeof dossierDueSoonSchema>;
