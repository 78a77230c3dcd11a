import { z } from 'zod';
import { dossierEscalatedSchema } from '../events/escalation';
import { isoDateTime } from './common';

/** An alert as staff read it: the event's facts, and whether someone has seen it. */
export const escalationAlertSchema = dossierEscalatedSchema
  .omit({ alertId: true, dossierId: true, code: true })
  .extend({
    id: z.uuid(),
    dossierCode: z.string(),
    acknowledgedAt: isoDateTime.nullable(),
    acknowledgedBy: z.string().nullable(),
  });
export type EscalationAlert = z.infer<typeof escalationAlertSchema>;

export const alertsRpc = {
  /**
   * The caller's deadline alerts, newest first: a handler's own (HANDLER), an agency head's
   * (APPROVER of the agency: AGENCY_HEAD), a receiver's or supervisor's branch (ONE_STOP),
   * supervisors' held dossiers (SUPERVISOR); a
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
