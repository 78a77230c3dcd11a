import type { DossierHandedOver } from '@motcua/contracts';
import type { DossierEntity } from '../dossiers/dossier.entity';

/**
 * The data of `dossier.handed-over.v1`: the receiving row as the deciding tenant stores it. It
 * carries the full personal ID, which the deciding agency needs (see docs/events.md).
 */
export function toHandedOverEvent(d: DossierEntity): DossierHandedOver {
  return {
    dossierId: d.id,
    code: d.code,
    receivingTenant: d.tenantId,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    procedureName: d.procedureName,
    fieldCode: d.fieldCode,
    level: d.level,
    channel: d.channel,
    receivingBranchId: d.receivingBranchId,
    receivingBranchName: d.receivingBranchName,
    receivingUnitCode: d.receivingUnitCode,
    receivingAgencyCode: d.receivingAgencyCode,
    jurisdictionUnitCode: d.jurisdictionUnitCode,
    jurisdictionBasis: d.jurisdictionBasis,
    receivedAt: d.receivedAt.toISOString(),
    acceptedAt: (d.acceptedAt ?? d.receivedAt).toISOString(),
    dueAt: d.dueAt.toISOString(),
    duration: d.duration,
    components: d.components,
    returnMethod: d.returnMethod,
    returnBranchId: d.returnBranchId,
    returnBranchName: d.returnBranchName,
    returnBranchAddress: d.returnBranchAddress,
    receivedBy: d.receivedBy,
    applicant: {
      fullName: d.applicantFullName,
      personalId: d.applicantPersonalId,
      phone: d.applicantPhone,
      email: d.applicantEmail,
    },
  };
}
