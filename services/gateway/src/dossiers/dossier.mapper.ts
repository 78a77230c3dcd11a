import type { Dossier, DossierTracking, SubmitDossierRequest } from '@motcua/contracts';
import { toAttachmentModel } from '../attachments/attachment.model';
import type { DossierTrackingModel } from './dossier-tracking.model';
import type { DossierModel } from './dossier.model';
import { toResultReturnModel } from './result-return.model';
import type { SubmitDossierInput } from './submit-dossier.input';

/** GraphQL lets optional fields be null; the contracts want them absent. */
export function toSubmitRequest(input: SubmitDossierInput): SubmitDossierRequest {
  const { applicant } = input;
  return {
    idempotencyKey: input.idempotencyKey,
    procedureCode: input.procedureCode,
    branchId: input.branchId,
    channel: input.channel ?? undefined,
    applicant: {
      fullName: applicant.fullName,
      personalId: applicant.personalId,
      phone: applicant.phone,
      email: applicant.email ?? undefined,
    },
    jurisdictionUnitCode: input.jurisdictionUnitCode ?? undefined,
    returnMethod: input.returnMethod ?? undefined,
    returnBranchId: input.returnBranchId ?? undefined,
    components: input.components ?? undefined,
    representativePersonalId: input.representativePersonalId ?? undefined,
  };
}

export function toDossierModel(d: Dossier): DossierModel {
  return {
    id: d.id,
    code: d.code,
    decidingTenant: d.decidingTenant,
    receivedInTenant: d.receivedInTenant,
    status: d.status,
    nationalStatusCode: d.nationalStatusCode,
    procedureCode: d.procedureCode,
    procedureName: d.procedureName,
    channel: d.channel,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    originalDueAt: d.originalDueAt,
    apologized: d.apologized,
    timeliness: d.timeliness,
    rating: d.rating,
    paidOnline: d.paidOnline,
    receivingBranch: { ...d.receivingBranch },
    returnBranch: { ...d.returnBranch },
    resultReturn: toResultReturnModel(d.resultReturn),
    jurisdictionUnitCode: d.jurisdictionUnitCode,
    jurisdictionBasis: d.jurisdictionBasis,
    competentAgency: d.competentAgency ? { ...d.competentAgency } : null,
    applicant: { ...d.applicant },
    applicantVerifiedLevel: d.applicantVerifiedLevel,
    representativePersonalIdMasked: d.representativePersonalIdMasked,
    history: d.history.map((h) => ({
      at: h.at,
      from: h.from,
      status: h.status,
      nationalStatusCode: h.nationalStatusCode,
      actor: h.actor,
      reason: h.reason,
    })),
    components: d.components.map((c) => ({ ...c })),
    attachments: d.attachments.map(toAttachmentModel),
  };
}

export function toDossierTrackingModel(t: DossierTracking): DossierTrackingModel {
  return {
    code: t.code,
    procedureName: t.procedureName,
    status: t.status,
    nationalStatusCode: t.nationalStatusCode,
    dueAt: t.dueAt,
    steps: t.steps.map((s) => ({ at: s.at, status: s.status })),
    resultReturn: toResultReturnModel(t.resultReturn),
  };
}
