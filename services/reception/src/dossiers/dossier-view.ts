import type { Dossier, DossierTracking } from '@motcua/contracts';
import { maskPersonalId } from '@motcua/contracts';
import type { DossierHistoryEntity } from './dossier-history.entity';
import type { DossierEntity } from './dossier.entity';

export function toDossierView(d: DossierEntity, history: DossierHistoryEntity[]): Dossier {
  return {
    id: d.id,
    code: d.code,
    tenant: d.tenantId,
    status: d.status,
    nationalStatusCode: d.nationalStatusCode,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    procedureName: d.procedureName,
    channel: d.channel,
    receivedAt: d.receivedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    receivingBranch: { id: d.receivingBranchId, name: d.receivingBranchName },
    returnBranch: { id: d.returnBranchId, name: d.returnBranchName },
    jurisdictionUnitCode: d.jurisdictionUnitCode,
    competentAgency: d.competentAgencyCode
      ? { code: d.competentAgencyCode, name: d.competentAgencyName ?? d.competentAgencyCode }
      : null,
    applicant: {
      fullName: d.applicantFullName,
      personalIdMasked: maskPersonalId(d.applicantPersonalId),
      phone: d.applicantPhone,
      email: d.applicantEmail,
    },
    history: history.map((h) => ({
      at: h.at.toISOString(),
      status: h.status,
      nationalStatusCode: h.nationalStatusCode,
      actor: h.actor,
      reason: h.reason,
    })),
  };
}

/** The public view: status and dates only, no personal data, no staff names. */
export function toTrackingView(d: DossierEntity, history: DossierHistoryEntity[]): DossierTracking {
  return {
    code: d.code,
    status: d.status,
    nationalStatusCode: d.nationalStatusCode,
    dueAt: d.dueAt.toISOString(),
    steps: history.map((h) => ({ at: h.at.toISOString(), status: h.status })),
  };
}
