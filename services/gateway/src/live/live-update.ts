import {
  DossierStatus,
  NATIONAL_STATUS_CODE,
  type CloudEvent,
  type EventData,
  type EventType,
} from '@motcua/contracts';

/**
 * What a subscriber hears of one dossier event: no personal data, only enough to know that the
 * dossier changed and how (subscribers re-query `dossier(code)` for the details).
 */
export interface LiveUpdate {
  tenant: string;
  code: string;
  /** The event type, `dossier.transitioned.v1` say. */
  event: EventType;
  /** The local status the event states; null when the event does not change or state it. */
  status: DossierStatus | null;
  nationalStatusCode: number | null;
  /** When it happened (the event's time). */
  at: string;
  /** The branch queues the event names (a dossier arriving, a one-stop alert). */
  branchIds: readonly string[];
  /** The agency queues the event names (routed, assigned, handed over, alerts). */
  agencyCodes: readonly string[];
}

/** The data of an event of a type already checked by `parseCloudEvent`. */
const dataOf = <T extends EventType>(event: CloudEvent, _type: T): EventData<T> =>
  event.data as EventData<T>;

interface Facts {
  code: string;
  status?: DossierStatus;
  nationalStatusCode?: number;
  branchIds?: (string | null)[];
  agencyCodes?: (string | null)[];
}

function factsOf(type: EventType, event: CloudEvent): Facts | null {
  switch (type) {
    case 'dossier.registered.v1': {
      const d = dataOf(event, type);
      return { code: d.code, status: DossierStatus.Registered, branchIds: [d.receivingBranchId] };
    }
    case 'dossier.received.v1': {
      const d = dataOf(event, type);
      return { code: d.code, status: DossierStatus.Received, branchIds: [d.receivingBranchId] };
    }
    case 'dossier.held.v1':
      return { code: dataOf(event, type).code, status: DossierStatus.RoutingHeld };
    case 'dossier.transitioned.v1': {
      const d = dataOf(event, type);
      return { code: d.code, status: d.to, nationalStatusCode: d.nationalStatusCode };
    }
    case 'dossier.routed.v1': {
      const d = dataOf(event, type);
      return { code: d.code, agencyCodes: [d.agencyCode] };
    }
    case 'dossier.assigned.v1': {
      const d = dataOf(event, type);
      return { code: d.code, agencyCodes: [d.agencyCode] };
    }
    case 'dossier.step-handed-over.v1': {
      const d = dataOf(event, type);
      return { code: d.code, agencyCodes: [d.fromAgencyCode, d.toAgencyCode] };
    }
    case 'dossier.escalated.v1': {
      const d = dataOf(event, type);
      return { code: d.code, branchIds: [d.branchId], agencyCodes: [d.agencyCode] };
    }
    case 'dossier.result-returned.v1':
      return { code: dataOf(event, type).code, status: DossierStatus.Returned };
    case 'dossier.overdue.v1':
      return { code: dataOf(event, type).code };
    case 'dossier.due-soon.v1':
      return { code: dataOf(event, type).code };
    // Its branch belongs to the receiving tenant; the deciding tenant's row follows as received.
    case 'dossier.handed-over.v1':
      return { code: dataOf(event, type).code };
    case 'catalog.changed.v1':
    case 'queue-ticket.changed.v1':
      return null;
  }
}

const present = (values: (string | null)[] | undefined): string[] =>
  (values ?? []).filter((v): v is string => v !== null);

/** The update an event makes; null for events that are not about a dossier. */
export function liveUpdateOf(type: EventType, event: CloudEvent): LiveUpdate | null {
  const facts = factsOf(type, event);
  if (!facts) return null;
  const status = facts.status ?? null;
  return {
    tenant: event.tenant,
    code: facts.code,
    event: type,
    status,
    nationalStatusCode:
      facts.nationalStatusCode ?? (status === null ? null : NATIONAL_STATUS_CODE[status]),
    at: event.time,
    branchIds: present(facts.branchIds),
    agencyCodes: present(facts.agencyCodes),
  };
}
