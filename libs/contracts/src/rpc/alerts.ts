import { z } from 'zod';
import { escalationAudienceSchema, escalationLevelSchema } from '../events/escalation';
import { isoDateTime } from './common';

/** A deadline alert addressed to a staff member's role and unit. */
export const escalationAlertSchema = z.object({
  id: z.uuid(),
  dossierCode: z.string(),
  level: escalationLevelSchema,
  audience: escalationAudienceSchema,
  handlerSubject: z.string().nullable(),
  agencyCode: z.string().nullable(),
  branchId: z.string().nullable(),
  dueAt: isoDateTime,
  raisedAt: isoDateTime,
  acknowledgedAt: isoDateTime.nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type EscalationAlert = z.infer<typeof escalationAlertSchema>;

export const alertsRpc = {
  /**
   * The caller's deadline alerts, newest first: a handler's own (HANDLER), an agency head's
   * (APPROVER of the agency: AGENCY_HEAD), a receiver's or supervisor's branch (ONE_STOP); a
   * tenant administrator sees every alert of the tenant.
   */
  'routing.alert.list.v1': {
    tenantScoped: true,
    request: z.object({
      includeAcknowledged: z.boolean().default(false),
      first: z.number().int().min(1).max(500).default(100),
    }),
    response: z.object({ alerts: z.array(escalationAlertSchema) }),
  },
  /** Marks an alert seen (a member of its audience); acknowledging twice keeps the first. */
  'routing.alert.acknowledge.v1': {
    tenantScoped: true,
    request: z.object({ alertId: z.uuid() }),
    response: escalationAlertSchema,
  },
} as const;
