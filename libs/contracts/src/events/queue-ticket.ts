import { z } from 'zod';
import { isoDateTime } from '../rpc/common';
import { queueTicketStatusSchema } from '../rpc/queue-tickets';

/** What happened to a queue ticket. */
export const QueueTicketChange = {
  Issued: 'ISSUED',
  Called: 'CALLED',
  Recalled: 'RECALLED',
  Serving: 'SERVING',
  Finished: 'FINISHED',
  Skipped: 'SKIPPED',
  Transferred: 'TRANSFERRED',
} as const;
export type QueueTicketChange = (typeof QueueTicketChange)[keyof typeof QueueTicketChange];
export const queueTicketChangeSchema = z.enum(
  Object.values(QueueTicketChange) as [QueueTicketChange, ...QueueTicketChange[]],
);

/**
 * `queue-ticket.changed.v1`: every change of a ticket, one event type (the display boards only
 * need to know that a branch's queue moved; the change says how). No personal data: the phone
 * number given at the kiosk stays in reception.
 */
export const queueTicketChangedSchema = z.object({
  ticketId: z.uuid(),
  branchId: z.string(),
  number: z.string(),
  serviceGroupCode: z.string(),
  change: queueTicketChangeSchema,
  status: queueTicketStatusSchema,
  counter: z.number().int().nullable(),
  /** Minutes from issue to the first call, once called. */
  waitedMinutes: z.number().nullable(),
  transferredFrom: z.string().nullable(),
  at: isoDateTime,
});
export type QueueTicketChanged = z.infer<typeof queueTicketChangedSchema>;
