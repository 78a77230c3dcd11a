import type { QueueTicket } from '@motcua/contracts';
import type { QueueTicketEntity } from './queue-ticket.entity';
import { waitedMinutes, withinTarget } from './queue-ticket-rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A ticket as the contracts carry it; `peopleAhead` is null unless the ticket waits. */
export function toQueueTicket(
  ticket: QueueTicketEntity,
  now: Date,
  targetMinutes: number,
  peopleAhead: number | null,
): QueueTicket {
  return {
    id: ticket.id,
    number: ticket.number,
    branchId: ticket.branchId,
    serviceGroupCode: ticket.serviceGroupCode,
    status: ticket.status,
    issuedAt: ticket.issuedAt.toISOString(),
    calledAt: iso(ticket.firstCalledAt),
    lastCalledAt: iso(ticket.lastCalledAt),
    servedAt: iso(ticket.servedAt),
    finishedAt: iso(ticket.finishedAt),
    counter: ticket.counter,
    peopleAhead,
    waitedMinutes: waitedMinutes(ticket, now),
    withinTarget: withinTarget(ticket, targetMinutes),
    transferredFrom: ticket.transferredFrom,
    dossierCode: ticket.dossierCode,
  };
}
