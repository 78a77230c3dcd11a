import type { CloudEvent, DossierReceived, EventType, ReturnMethod } from '@motcua/contracts';

/** A processing step as notification learned it; dates ISO (formatted when sent). */
export interface DraftStep {
  handler: string;
  title: string;
  department: string;
  startAt: string;
  legalEndAt: string | null;
}

/**
 * What the sync knows of a dossier, built event by event. `base` comes from the received (or
 * registered) event; nothing is sent before it arrived. Dates are ISO instants.
 */
export interface PortalDraft {
  base: {
    code: string;
    procedureCode: string;
    procedureName: string;
    fieldCode: string;
    channel: DossierReceived['channel'];
    applicantName: string;
    /** Null for events published before the full ID rode along: the portal refuses those. */
    applicantPersonalId: string | null;
    receivedAt: string;
  } | null;
  dueAt: string | null;
  statusCode: number;
  /** When the status was set: an older event never overrides a newer status. */
  statusAt: string;
  fees: { description: string; amountVnd: number }[];
  paidAt: string | null;
  supplements: { requestedAt: string; missingComponents: string[]; receivedAt: string | null }[];
  result: { readyAt: string | null; returnedAt: string | null; returnMethod: ReturnMethod | null };
  closingReason: string | null;
  progress: DraftStep[];
}

/** Event types that change the national status or add a processing step. */
export const PORTAL_SYNC_EVENT_TYPES = [
  'dossier.registered.v1',
  'dossier.received.v1',
  'dossier.routed.v1',
  'dossier.assigned.v1',
  'dossier.step-handed-over.v1',
  'dossier.transitioned.v1',
  'dossier.result-returned.v1',
] as const satisfies readonly EventType[];
export type PortalSyncEventType = (typeof PORTAL_SYNC_EVENT_TYPES)[number];

export function emptyDraft(): PortalDraft {
  return {
    base: null,
    dueAt: null,
    statusCode: 1,
    statusAt: new Date(0).toISOString(),
    fees: [],
    paidAt: null,
    supplements: [],
    result: { readyAt: null, returnedAt: null, returnMethod: null },
    closingReason: null,
    progress: [],
  };
}

const later = (a: string, b: string) => new Date(a).getTime() >= new Date(b).getTime();

function withStatus(draft: PortalDraft, code: number, at: string): PortalDraft {
  return later(at, draft.statusAt) ? { ...draft, statusCode: code, statusAt: at } : draft;
}

const stringArray = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function feesOf(v: unknown): PortalDraft['fees'] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { description, amountVnd } = f as Record<string, unknown>;
    return typeof description === 'string' && typeof amountVnd === 'number'
      ? [{ description, amountVnd }]
      : [];
  });
}

function stepTitle(v: unknown): { title: string | null; to: string | null } {
  if (typeof v !== 'object' || v === null) return { title: null, to: null };
  const { title, to } = v as Record<string, unknown>;
  return {
    title: typeof title === 'string' ? title : null,
    to: typeof to === 'string' ? to : null,
  };
}

/** The draft after one event (pure: the repository stores the result). */
export function applyPortalEvent(
  draft: PortalDraft,
  type: PortalSyncEventType,
  event: CloudEvent,
): PortalDraft {
  switch (type) {
    case 'dossier.registered.v1':
    case 'dossier.received.v1': {
      const d = (event as CloudEvent<'dossier.received.v1'>).data;
      const next: PortalDraft = {
        ...draft,
        base: {
          code: d.code,
          procedureCode: d.procedureCode,
          procedureName: d.procedureName,
          fieldCode: d.fieldCode,
          channel: d.channel,
          applicantName: d.applicant.fullName,
          applicantPersonalId: d.applicant.personalId ?? draft.base?.applicantPersonalId ?? null,
          receivedAt: d.receivedAt,
        },
        dueAt: type === 'dossier.received.v1' ? d.dueAt : draft.dueAt,
      };
      return withStatus(next, type === 'dossier.registered.v1' ? 1 : 2, d.receivedAt);
    }
    case 'dossier.routed.v1': {
      const d = (event as CloudEvent<'dossier.routed.v1'>).data;
      return {
        ...draft,
        progress: [
          ...draft.progress,
          {
            handler: d.decidedBy ?? 'system:routing',
            title: 'Chuyển hồ sơ đến cơ quan có thẩm quyền',
            department: d.agencyName,
            startAt: d.routedAt,
            legalEndAt: draft.dueAt,
          },
        ],
      };
    }
    case 'dossier.assigned.v1': {
      const d = (event as CloudEvent<'dossier.assigned.v1'>).data;
      return {
        ...draft,
        progress: [
          ...draft.progress,
          {
            handler: d.handlerName,
            title: 'Xử lý hồ sơ',
            department: d.agencyCode,
            startAt: d.assignedAt,
            legalEndAt: d.dueAt,
          },
        ],
      };
    }
    case 'dossier.step-handed-over.v1': {
      const d = (event as CloudEvent<'dossier.step-handed-over.v1'>).data;
      return {
        ...draft,
        progress: [
          ...draft.progress,
          {
            handler: d.actor,
            title: d.title,
            department: d.toAgencyName,
            startAt: d.at,
            legalEndAt: d.stepDueAt,
          },
        ],
      };
    }
    case 'dossier.result-returned.v1': {
      const d = (event as CloudEvent<'dossier.result-returned.v1'>).data;
      const next = {
        ...draft,
        result: { ...draft.result, returnedAt: d.returnedAt, returnMethod: d.method },
      };
      return withStatus(next, 10, d.returnedAt);
    }
    case 'dossier.transitioned.v1':
      return applyTransition(draft, (event as CloudEvent<'dossier.transitioned.v1'>).data);
  }
}

function applyTransition(
  draft: PortalDraft,
  d: CloudEvent<'dossier.transitioned.v1'>['data'],
): PortalDraft {
  let next: PortalDraft = { ...draft, dueAt: d.dueAt ?? draft.dueAt };
  switch (d.command) {
    case 'REQUEST_SUPPLEMENT':
      next.supplements = [
        ...draft.supplements,
        {
          requestedAt: d.at,
          missingComponents: stringArray(d.details.missingComponents),
          receivedAt: null,
        },
      ];
      break;
    case 'RECEIVE_SUPPLEMENT':
      next.supplements = draft.supplements.map((s, i) =>
        i === draft.supplements.length - 1 && !s.receivedAt ? { ...s, receivedAt: d.at } : s,
      );
      break;
    case 'REQUEST_PAYMENT':
      next.fees = feesOf(d.details.fees);
      break;
    case 'CONFIRM_PAYMENT':
      next.paidAt = d.at;
      break;
    case 'MARK_RESULT_READY':
      next.result = { ...draft.result, readyAt: d.at };
      break;
    case 'RETURN_RESULT': {
      const method = d.details.method;
      next.result = {
        ...draft.result,
        returnedAt: d.at,
        returnMethod:
          method === 'BRANCH' || method === 'POST' || method === 'ELECTRONIC' ? method : null,
      };
      break;
    }
    case 'REFUSE':
      next.closingReason = stringArray(d.details.reasons).join('; ') || d.reason;
      break;
    case 'WITHDRAW':
    case 'STOP':
      next.closingReason = d.reason;
      break;
    case 'RECORD_STEP': {
      const step = stepTitle(d.details.step);
      next.progress = [
        ...draft.progress,
        {
          handler: d.actor,
          title: step.title ?? 'Xử lý hồ sơ',
          department: step.to ?? draft.progress.at(-1)?.department ?? 'Cơ quan giải quyết',
          startAt: d.at,
          legalEndAt: d.dueAt,
        },
      ];
      break;
    }
    // Status (and, for an apology, the due date) only.
    case 'ACCEPT':
    case 'APOLOGIZE':
    case 'RATE':
      break;
  }
  next = withStatus(next, d.nationalStatusCode, d.at);
  return next;
}
