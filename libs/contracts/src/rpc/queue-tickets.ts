import { z } from 'zod';
import { phoneSchema } from './reception';
import { isoDate, isoDateTime } from './common';

/**
 * Queue tickets of the automatic numbering machine at a branch (DOMAIN §2: branches have
 * counters). A ticket waits in one service group, is called to a counter, served, finished or
 * skipped (no-show); a clerk may send it to another group, where it keeps its place.
 */
export const QueueTicketStatus = {
  Waiting: 'WAITING',
  Called: 'CALLED',
  Serving: 'SERVING',
  Served: 'SERVED',
  Skipped: 'SKIPPED',
} as const;
export type QueueTicketStatus = (typeof QueueTicketStatus)[keyof typeof QueueTicketStatus];
export const queueTicketStatusSchema = z.enum(
  Object.values(QueueTicketStatus) as [QueueTicketStatus, ...QueueTicketStatus[]],
);

/** One letter, the prefix of the display numbers of the group (A012). */
export const serviceGroupCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]$/, 'a service group code is one letter, like A'));

export const queueServiceGroupSchema = z.object({
  code: z.string(),
  /** Vietnamese name shown on the kiosk and the board. */
  name: z.string(),
  /** Tickets of today waiting in the group. */
  waiting: z.number().int().nonnegative(),
});
export type QueueServiceGroup = z.infer<typeof queueServiceGroupSchema>;

export const queueTicketSchema = z.object({
  id: z.uuid(),
  /** Display number: group letter and the day's sequence of the group at the branch (A012). */
  number: z.string(),
  branchId: z.string(),
  serviceGroupCode: z.string(),
  status: queueTicketStatusSchema,
  issuedAt: isoDateTime,
  /** The first call: the wait runs from issue to here. */
  calledAt: isoDateTime.nullable(),
  /** The latest call (a recall moves it; the board shows it). */
  lastCalledAt: isoDateTime.nullable(),
  servedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  counter: z.number().int().nullable(),
  /** WAITING tickets: how many of the group wait before this one; null otherwise. */
  peopleAhead: z.number().int().nullable(),
  /** Minutes from issue to the first call; while waiting, minutes so far. */
  waitedMinutes: z.number().nullable(),
  /** Whether the first call came within the target wait; null until called. */
  withinTarget: z.boolean().nullable(),
  /** The group the ticket was transferred from (its latest transfer). */
  transferredFrom: z.string().nullable(),
  /** The dossier received while serving the ticket, when the clerk linked it. */
  dossierCode: z.string().nullable(),
});
export type QueueTicket = z.infer<typeof queueTicketSchema>;

export const queueBoardCallSchema = z.object({
  number: z.string(),
  counter: z.number().int(),
  calledAt: isoDateTime,
  serviceGroupCode: z.string(),
});
export const queueGroupWaitingSchema = z.object({
  serviceGroupCode: z.string(),
  name: z.string(),
  waiting: z.number().int().nonnegative(),
  /** The number the next call of the group will show; null when nobody waits. */
  nextNumber: z.string().nullable(),
});
export const queueBoardSchema = z.object({
  branchId: z.string(),
  branchName: z.string(),
  counters: z.number().int(),
  /** Latest calls of the day, most recent first. */
  calling: z.array(queueBoardCallSchema),
  waiting: z.array(queueGroupWaitingSchema),
  averageWaitMinutesToday: z.number().nullable(),
  servedToday: z.number().int().nonnegative(),
  /** Target wait in minutes (QUEUE_WAIT_TARGET_MINUTES). */
  targetWaitMinutes: z.number(),
  updatedAt: isoDateTime,
});
export type QueueBoard = z.infer<typeof queueBoardSchema>;

export const queueWaitingRowSchema = z.object({
  branchId: z.string(),
  serviceGroupCode: z.string(),
  serviceGroupName: z.string(),
  issued: z.number().int().nonnegative(),
  served: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Tickets called at least once (the wait is known). */
  called: z.number().int().nonnegative(),
  averageWaitMinutes: z.number().nullable(),
  p90WaitMinutes: z.number().nullable(),
  /** Share (0..1) of called tickets whose first call came within the target; null when none. */
  withinTargetShare: z.number().nullable(),
  targetWaitMinutes: z.number(),
});
export type QueueWaitingRow = z.infer<typeof queueWaitingRowSchema>;

export const QueueTicketCommandType = {
  Start: 'START',
  Finish: 'FINISH',
  Skip: 'SKIP',
  Recall: 'RECALL',
  Transfer: 'TRANSFER',
} as const;
export type QueueTicketCommandType =
  (typeof QueueTicketCommandType)[keyof typeof QueueTicketCommandType];

export const queueTicketCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('START') }),
  z.object({ type: z.literal('FINISH'), dossierCode: z.string().trim().min(1).max(50).optional() }),
  z.object({ type: z.literal('SKIP') }),
  z.object({ type: z.literal('RECALL') }),
  z.object({ type: z.literal('TRANSFER'), serviceGroupCode: serviceGroupCodeSchema }),
]);
export type QueueTicketCommand = z.infer<typeof queueTicketCommandSchema>;

export const queueTicketsRpc = {
  /** The service groups of a branch with today's waiting counts (public: the kiosk). */
  'reception.queue-ticket.groups.v1': {
    tenantScoped: true,
    request: z.object({ branchId: z.string().min(1) }),
    response: z.object({ groups: z.array(queueServiceGroupSchema) }),
  },
  /** Issues the next number of the group at the branch (public: the kiosk). */
  'reception.queue-ticket.take.v1': {
    tenantScoped: true,
    request: z.object({
      branchId: z.string().min(1),
      serviceGroupCode: serviceGroupCodeSchema,
      phone: phoneSchema.optional(),
    }),
    response: queueTicketSchema,
  },
  /**
   * Calls the oldest waiting ticket of today (of the groups named, or all) to a counter; null
   * when nobody waits. Receivers of the branch and supervisors.
   */
  'reception.queue-ticket.call-next.v1': {
    tenantScoped: true,
    request: z.object({
      branchId: z.string().min(1),
      counter: z.number().int().min(1),
      serviceGroupCodes: z.array(serviceGroupCodeSchema).max(26).optional(),
    }),
    response: z.object({ ticket: queueTicketSchema.nullable() }),
  },
  /** One step of a called ticket (start, finish, skip, recall, transfer); QUEUE_TICKET_STATE when illegal. */
  'reception.queue-ticket.transition.v1': {
    tenantScoped: true,
    request: z.object({ id: z.uuid(), command: queueTicketCommandSchema }),
    response: queueTicketSchema,
  },
  /** One ticket (public: the citizen holding the number may look at its place). */
  'reception.queue-ticket.get.v1': {
    tenantScoped: true,
    request: z.object({ id: z.uuid() }),
    response: queueTicketSchema,
  },
  /** The display board of a branch (public). */
  'reception.queue-ticket.board.v1': {
    tenantScoped: true,
    request: z.object({ branchId: z.string().min(1) }),
    response: queueBoardSchema,
  },
  /**
   * Waits per branch and service group over Vietnam days `from`..`to` (inclusive): supervisors,
   * auditors and tenant administrators any branch, receivers their own.
   */
  'reception.queue-ticket.report.v1': {
    tenantScoped: true,
    request: z.object({ from: isoDate, to: isoDate, branchId: z.string().min(1).optional() }),
    response: z.object({ rows: z.array(queueWaitingRowSchema) }),
  },
} as const;
