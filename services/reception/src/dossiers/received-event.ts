import { maskPersonalId, type DossierReceived } from '@motcua/contracts';
import type { DossierEntity } from './dossier.entity';

/**
 * The data of `dossier.received.v1` (and `dossier.registered.v1`). The full personal ID rides
 * along only for the national portal sync (DOMAIN §8); consumers never log it.
 */
export function toReceivedEvent(d: DossierEntity): DossierReceived {
  return {
    dossierId: d.id,
    code: d.code,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    procedureName: d.procedureName,
    fieldCode: d.fieldCode,
    level: d.level,
    channel: d.channel,
    receivingBranchId: d.receivingBranchId,
    receivingUnitCode: d.receivingUnitCode,
    jurisdictionUnitCode: d.jurisdictionUnitCode,
    receivedAt: (d.acceptedAt ?? d.receivedAt).toISOString(),
    dueAt: d.dueAt.toISOString(),
    applicant: {
      fullName: d.applicantFullName,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      personalIdMasked: maskPersonalId(d.applicantPersonalId),
      personalId: d.applicantPersonalId,
    },
  };
}
