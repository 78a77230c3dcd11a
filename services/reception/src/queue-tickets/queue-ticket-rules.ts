import {
  DomainError,
  ErrorCode,
  QueueTicketChange,
  QueueTicketStatus,
  type QueueTicketCommand,
} from '@motcua/contracts';
import type { QueueTicketEntity } from './queue-ticket.entity';

/** The display number: the group letter and the day's sequence, three digits at least (A012). */
export function formatTicketNumber(groupCode: string, sequence: number): string {
  return `${groupCode}${String(sequence).padStart(3, '0')}`;
}

/** Minutes from issue to the first call; while still waiting, minutes so far (`now`). */
export function waitedMinutes(
  ticket: Pick<QueueTicketEntity, 'issuedAt' | 'firstCalledAt' | 'status'>,
  now: Date,
): number | null {
  const end =
    ticket.firstCalledAt ?? (ticket.status === QueueTicketStatus.Waiting ? now : undefined);
  if (!end) return null;
  return Math.max(0, end.getTime() - ticket.issuedAt.getTime()) / 60_000;
}

/** Whether the first call came within the target; null until called. */
export function withinTarget(
  ticket: Pick<QueueTicketEntity, 'issuedAt' | 'firstCalledAt'>,
  targetMinutes: number,
): boolean | null {
  if (!ticket.firstCalledAt) return null;
  return ticket.firstCalledAt.getTime() - ticket.issuedAt.getTime() <= targetMinutes * 60_000;
}

export type TicketPatch = Partial<
  Pick<
    QueueTicketEntity,
    | 'status'
    | 'serviceGroupCode'
    | 'firstCalledAt'
    | 'lastCalledAt'
    | 'servedAt'
    | 'finishedAt'
    | 'counter'
    | 'calledBy'
    | 'transferredFrom'
    | 'dossierCode'
  >
>;

export interface TicketStep {
  patch: TicketPatch;
  change: QueueTicketChange;
}

const FROM: Record<QueueTicketCommand['type'], readonly QueueTicketStatus[]> = {
  START: [QueueTicketStatus.Called],
  FINISH: [QueueTicketStatus.Called, QueueTicketStatus.Serving],
  SKIP: [QueueTicketStatus.Called],
  // A no-show who turns up later is called again.
  RECALL: [QueueTicketStatus.Called, QueueTicketStatus.Skipped],
  TRANSFER: [QueueTicketStatus.Waiting, QueueTicketStatus.Called, QueueTicketStatus.Serving],
};

/** The call of a waiting ticket to `counter`; the first call fixes the wait. */
export function callStep(
  ticket: Pick<QueueTicketEntity, 'status' | 'firstCalledAt'>,
  counter: number,
  calledBy: string,
  now: Date,
): TicketStep {
  if (ticket.status !== QueueTicketStatus.Waiting) throw illegal(ticket.status, 'call');
  return {
    change: QueueTicketChange.Called,
    patch: {
      status: QueueTicketStatus.Called,
      firstCalledAt: ticket.firstCalledAt ?? now,
      lastCalledAt: now,
      counter,
      calledBy,
    },
  };
}

/**
 * The step `command` makes from the ticket's status, or QUEUE_TICKET_STATE. A transfer puts the
 * ticket back in the queue of another group with its issue time, so it keeps its place.
 */
export function ticketStep(
  ticket: Pick<QueueTicketEntity, 'status' | 'serviceGroupCode' | 'servedAt'>,
  command: QueueTicketCommand,
  now: Date,
): TicketStep {
  if (!FROM[command.type].includes(ticket.status))
    throw illegal(ticket.status, command.type.toLowerCase());
  switch (command.type) {
    case 'START':
      return {
        change: QueueTicketChange.Serving,
        patch: { status: QueueTicketStatus.Serving, servedAt: now },
      };
    case 'FINISH':
      return {
        change: QueueTicketChange.Finished,
        patch: {
          status: QueueTicketStatus.Served,
          servedAt: ticket.servedAt ?? now,
          finishedAt: now,
          ...(command.dossierCode ? { dossierCode: command.dossierCode } : {}),
        },
      };
    case 'SKIP':
      return {
        change: QueueTicketChange.Skipped,
        patch: { status: QueueTicketStatus.Skipped, finishedAt: now },
      };
    case 'RECALL':
      return {
        change: QueueTicketChange.Recalled,
        patch: { status: QueueTicketStatus.Called, lastCalledAt: now, finishedAt: null },
      };
    case 'TRANSFER':
      if (command.serviceGroupCode === ticket.serviceGroupCode)
        throw new DomainError(
          ErrorCode.BadRequest,
          `the ticket already waits in group ${ticket.serviceGroupCode}`,
        );
      return {
        change: QueueTicketChange.Transferred,
        patch: {
          status: QueueTicketStatus.Waiting,
          serviceGroupCode: command.serviceGroupCode,
          transferredFrom: ticket.serviceGroupCode,
          counter: null,
          lastCalledAt: null,
          servedAt: null,
        },
      };
  }
}

function illegal(status: QueueTicketStatus, step: string): DomainError {
  return new DomainError(
    ErrorCode.QueueTicketState,
    `a ${status} ticket cannot be given the step "${step}"`,
  );
}
