import { NATIONAL_CHANNEL_CODE, type PortalDossier } from '@motcua/contracts';
import { formatPortalDateTime as fmt } from './portal-datetime';
import type { PortalDraft } from './portal-draft';

const fmtOrNull = (iso: string | null) => (iso ? fmt(iso) : null);

/**
 * The portal's view of a draft; throws (recorded as the send's error) when the draft lacks what
 * the portal requires, e.g. a personal ID from an event published before it rode along.
 */
export function toPortalDossier(draft: PortalDraft): PortalDossier {
  const base = draft.base;
  if (!base) throw new Error('the dossier has not been received yet');
  if (!base.applicantPersonalId) throw new Error('the applicant personal ID is unknown');
  return {
    code: base.code,
    procedureCode: base.procedureCode,
    procedureName: base.procedureName,
    fieldCode: base.fieldCode,
    channel: NATIONAL_CHANNEL_CODE[base.channel],
    applicant: { fullName: base.applicantName, personalId: base.applicantPersonalId },
    receivedAt: fmt(base.receivedAt),
    dueAt: fmtOrNull(draft.dueAt),
    statusCode: draft.statusCode,
    fees: draft.fees,
    paidAt: fmtOrNull(draft.paidAt),
    supplements: draft.supplements.map((s) => ({
      requestedAt: fmt(s.requestedAt),
      missingComponents: s.missingComponents,
      receivedAt: fmtOrNull(s.receivedAt),
    })),
    result: {
      readyAt: fmtOrNull(draft.result.readyAt),
      returnedAt: fmtOrNull(draft.result.returnedAt),
      returnMethod: draft.result.returnMethod,
    },
    closingReason: draft.closingReason,
    // By start: events of different consumers or redeliveries may come in any order.
    progress: [...draft.progress]
      .sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
      .map((p) => ({
        handler: p.handler,
        title: p.title,
        department: p.department,
        startAt: fmt(p.startAt),
        legalEndAt: fmtOrNull(p.legalEndAt),
      })),
  };
}
