import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../event-map';
import { isoDateTime } from './common';

/** Dossier event types an integrator's webhook may subscribe to. */
export const WEBHOOK_EVENT_TYPES = EVENT_TYPES.filter((t) => t.startsWith('dossier.')) as [
  EventType,
  ...EventType[],
];
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  eventTypes: z.array(webhookEventTypeSchema),
  createdAt: isoDateTime,
  createdBy: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** Where a delivery goes: the applicant's e-mail or phone, or an integrator's webhook. */
/** Cursor kind of delivery pages (encodeInstantCursor of createdAt and id), newest first. */
export const DELIVERY_CURSOR_KIND = 'delivery';

export const deliveryChannelSchema = z.enum(['EMAIL', 'SMS', 'WEBHOOK']);
export type DeliveryChannel = z.infer<typeof deliveryChannelSchema>;
/** FAILED is the dead letter: the last allowed attempt failed; a replay makes it PENDING again. */
export const deliveryStatusSchema = z.enum(['PENDING', 'SENT', 'FAILED']);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const deliveryAttemptSchema = z.object({
  /** 1-based, counting on across replays. */
  attempt: z.number().int(),
  at: isoDateTime,
  outcome: z.enum(['SENT', 'FAILED']),
  /** The HTTP status the endpoint answered (SMS gateway, webhook); null for SMTP or no answer. */
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export const deliverySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  dossierCode: z.string(),
  channel: deliveryChannelSchema,
  /** Masked phone or e-mail, or the webhook id. */
  recipient: z.string(),
  template: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  replayedBy: z.string().nullable(),
  replayedAt: isoDateTime.nullable(),
  attemptLog: z.array(deliveryAttemptSchema),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const notificationDeliveriesRpc = {
  /** The tenant's webhook endpoints (TENANT_ADMIN). Secrets are never listed. */
  'notification.webhook.list.v1': {
    tenantScoped: true,
    request: z.object({}),
    response: z.object({ webhooks: z.array(webhookSchema) }),
  },
  /**
   * Registers an endpoint (TENANT_ADMIN) for the given dossier event types. The signing secret
   * (`whsec_...`) is generated here and returned this once only.
   */
  'notification.webhook.register.v1': {
    tenantScoped: true,
    request: z.object({
      url: z.url({ protocol: /^https?$/ }),
      eventTypes: z.array(webhookEventTypeSchema).min(1),
    }),
    response: z.object({ webhook: webhookSchema, secret: z.string() }),
  },
  /** Removes an endpoint (TENANT_ADMIN); its pending deliveries fail when they fall due. */
  'notification.webhook.delete.v1': {
    tenantScoped: true,
    request: z.object({ id: z.uuid() }),
    response: z.object({ deleted: z.boolean() }),
  },
  /**
   * The tenant's deliveries with every attempt, newest first (SUPERVISOR, TENANT_ADMIN, AUDITOR).
   */
  'notification.delivery.list.v1': {
    tenantScoped: true,
    request: z.object({
      dossierCode: z.string().min(1).optional(),
      status: deliveryStatusSchema.optional(),
      first: z.number().int().min(1).max(200).default(50),
      after: z.string().optional(),
    }),
    response: z.object({
      deliveries: z.array(deliverySchema),
      hasNextPage: z.boolean(),
    }),
  },
  /** Re-queues one dead (FAILED) delivery (TENANT_ADMIN, SUPERVISOR); attempts count on. */
  'notification.delivery.replay.v1': {
    tenantScoped: true,
    request: z.object({ id: z.uuid() }),
    response: deliverySchema,
  },
  /** Re-queues the tenant's dead deliveries, of one channel and/or created since an instant. */
  'notification.delivery.replay-dead.v1': {
    tenantScoped: true,
    request: z.object({
      channel: deliveryChannelSchema.optional(),
      since: isoDateTime.optional(),
    }),
    response: z.object({ replayed: z.number().int() }),
  },
} as const;
