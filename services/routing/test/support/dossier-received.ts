import { randomUUID } from 'node:crypto';
import { toVietnamDate } from '@motcua/calendar';
import type { Channel, CloudEvent } from '@motcua/contracts';
import { cloudEvent } from '@motcua/testing';
// TESTS ONLY: events are built from the catalog's demo procedures, as reception would send them.
import { demoProcedureRows } from '../../../catalog/src/seed/demo-procedure-rows';

export interface ReceivingBranch {
  tenant: string;
  receivingBranchId: string;
  receivingUnitCode: string;
  /** Agency code of the receiving unit: the prefix of the dossier code. */
  receivingAgencyCode: string;
}

export interface DossierInput extends ReceivingBranch {
  procedureCode: string;
  jurisdictionUnitCode: string;
  receivedAt: string;
  channel?: Channel;
  /** Defaults to three days after receipt. */
  dueAt?: string;
}

export const HANOI_BA_DINH: ReceivingBranch = {
  tenant: 'hanoi',
  receivingBranchId: 'hn-ba-dinh',
  receivingUnitCode: '00004',
  receivingAgencyCode: '000.A0.01.H26',
};
export const HCMC_THU_DAU_MOT: ReceivingBranch = {
  tenant: 'hcmc',
  receivingBranchId: 'hcm-thu-dau-mot',
  receivingUnitCode: '25747',
  receivingAgencyCode: '000.A0.03.H29',
};
export const QN_CAM_PHA: ReceivingBranch = {
  tenant: 'quang-ninh',
  receivingBranchId: 'qn-cam-pha',
  receivingUnitCode: '06793',
  receivingAgencyCode: '000.A0.04.H49',
};

let sequence = 0;

/** A `dossier.received.v1` CloudEvent as reception would publish it, from the demo catalog. */
export function receivedEvent(input: DossierInput): CloudEvent<'dossier.received.v1'> {
  const procedure = demoProcedureRows(input.tenant).find((p) => p.code === input.procedureCode);
  if (!procedure) throw new Error(`no demo procedure ${input.procedureCode} in ${input.tenant}`);
  const day = toVietnamDate(new Date(input.receivedAt)).slice(2).replaceAll('-', '');
  sequence += 1;
  const code = `${input.receivingAgencyCode}-${day}-${String(sequence).padStart(4, '0')}`;
  return cloudEvent(
    'dossier.received.v1',
    {
      dossierId: randomUUID(),
      code,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      procedureName: procedure.name,
      fieldCode: procedure.fieldCode,
      level: procedure.levels[0].level,
      channel: input.channel ?? 'COUNTER',
      receivingBranchId: input.receivingBranchId,
      receivingUnitCode: input.receivingUnitCode,
      jurisdictionUnitCode: input.jurisdictionUnitCode,
      receivedAt: input.receivedAt,
      dueAt: input.dueAt ?? new Date(Date.parse(input.receivedAt) + 3 * 86_400_000).toISOString(),
      applicant: {
        fullName: 'Nguyễn Văn A',
        phone: '0912345678',
        email: null,
        personalIdMasked: '*********123',
      },
    },
    input.tenant,
    { time: input.receivedAt },
  );
}
