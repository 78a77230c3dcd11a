import type { Attachment, Dossier, DossierTracking, ResultReturn } from '@motcua/contracts';
import { DossierStatus, maskPersonalId } from '@motcua/contracts';
import { timeliness } from '@motcua/calendar';
import type { DossierHistoryEntity } from './dossier-history.entity';
import type { DossierEntity } from './dossier.entity';

export function toDossierView(
  d: DossierEntity,
  history: DossierHistoryEntity[],
  attachments: Attachment[],
  now: Date,
): Dossier {
  return {
    id: d.id,
    code: d.code,
    tenant: d.tenantId,
    decidingTenant: d.decidingTenant,
    receivedInTenant: d.receivedInTenant,
    status: d.status,
    nationalStatusCode: d.nationalStatusCode,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    procedureName: d.procedureName,
    channel: d.channel,
    receivedAt: d.receivedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    originalDueAt: d.originalDueAt?.toISOString() ?? null,
    apologized: d.apologized,
    timeliness: timeliness({
      dueAt: d.dueAt,
      originalDueAt: d.originalDueAt,
      finishedAt: d.finishedAt,
      now,
      paused: d.status === DossierStatus.SupplementRequested || d.pauses.some((p) => p.to === null),
    }),
    rating: d.rating,
    paidOnline: d.paidOnline,
    receivingBranch: { id: d.receivingBranchId, name: d.receivingBranchName },
    returnBranch: { id: d.returnBranchId, name: d.returnBranchName },
    resultReturn: resultReturnOf(d),
    jurisdictionUnitCode: d.jurisdictionUnitCode,
    jurisdictionBasis: d.jurisdictionBasis,
    competentAgency: d.competentAgencyCode
      ? { code: d.competentAgencyCode, name: d.competentAgencyName ?? d.competentAgencyCode }
      : null,
    applicant: {
      fullName: d.applicantFullName,
      personalIdMasked: maskPersonalId(d.applicantPersonalId),
      phone: d.applicantPhone,
      email: d.applicantEmail,
    },
    applicantVerifiedLevel: d.applicantVerifiedLevel,
    representativePersonalIdMasked:
      d.representativePersonalId === null ? null : maskPersonalId(d.representativePersonalId),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      from: h.fromStatus,
      status: h.status,
      nationalStatusCode: h.nationalStatusCode,
      actor: h.actor,
      reason: h.reason,
      command: h.command,
      details: h.details,
    })),
    components: d.components,
    attachments,
  };
}

/** The public view: status and dates only, no personal data, no staff names. */
export function toTrackingView(d: DossierEntity, history: DossierHistoryEntity[]): DossierTracking {
  return {
    code: d.code,
    procedureName: d.procedureName,
    status: d.status,
    nationalStatusCode: d.nationalStatusCode,
    dueAt: d.dueAt.toISOString(),
    steps: history.map((h) => ({ at: h.at.toISOString(), status: h.status })),
    resultReturn: resultReturnOf(d),
  };
}

/**
 * Where the result goes: the method chosen at receipt, or the one the result was actually
 * returned by (the RETURN_RESULT step records it), with the branch and its address for BRANCH.
 */
function resultReturnOf(d: DossierEntity): ResultReturn {
  return {
    method: d.returnMethod,
    branch:
      d.returnMethod === 'BRANCH'
        ? { id: d.returnBranchId, name: d.returnBranchName, address: d.returnBranchAddress }
        : null,
  };
}
