import { z } from 'zod';
import { isoDateTime } from '../rpc/common';

/** Why a dossier got (another) handler. */
export const AssignmentCause = {
  /** Routed to the agency (or waiting until a handler was free): by skill, absence and load. */
  Automatic: 'AUTOMATIC',
  /** The previous handler is absent. */
  Absence: 'ABSENCE',
  /** The previous handler left the agency or was deactivated. */
  HandlerChanged: 'HANDLER_CHANGED',
  /** The agency's head (or an administrator) chose the handler. */
  Manual: 'MANUAL',
} as const;
export type AssignmentCause = (typeof AssignmentCause)[keyof typeof AssignmentCause];
export const assignmentCauseSchema = z.enum([
  AssignmentCause.Automatic,
  AssignmentCause.Absence,
  AssignmentCause.HandlerChanged,
  AssignmentCause.Manual,
]);

/** A handler of the competent agency was given a dossier (first time, or instead of another). */
export const dossierAssignedSchema = z.object({
  dossierId: z.uuid(),
  code: z.string(),
  agencyCode: z.string(),
  handlerSubject: z.string(),
  handlerName: z.string(),
  /** Null on the first assignment. */
  previousHandlerSubject: z.string().nullable(),
  cause: assignmentCauseSchema,
  /** The head's reason (MANUAL) or the absence's (ABSENCE), when given; null otherwise. */
  reason: z.string().nullable(),
  /** `system:routing`, or who re-assigned by hand. */
  assignedBy: z.string(),
  assignedAt: isoDateTime,
  /** The dossier's due date as routing knows it; null while its clock is paused. */
  dueAt: isoDateTime.nullable(),
});
export type DossierAssigned = z.infer<typeof dossierAssignedSchema>;
