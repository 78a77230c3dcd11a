import {
  DomainError,
  DossierStatus,
  ErrorCode,
  type DossierCommandType,
  type ReturnMethod,
} from '@motcua/contracts';
import { timeliness } from '@motcua/calendar';
import {
  legalBasisFor,
  type DossierFormData,
  type FormDataByKind,
  type FormKind,
  type ProcessStep,
  type ReturnMethod as FormReturnMethod,
  type ReceivedComponent,
  type StepResult,
} from '@motcua/forms';
import type { DossierHistoryEntity } from '../dossiers/dossier-history.entity';
import type { DossierEntity } from '../dossiers/dossier.entity';

/** What the catalog adds to a stored dossier: names printed in the header and the slip. */
export interface FormReferenceData {
  tenantName: string;
  placeName?: string;
  branchAddress?: string;
  components: readonly ReceivedComponent[];
}

const FORM_RETURN_METHOD: Record<ReturnMethod, FormReturnMethod> = {
  BRANCH: 'counter',
  POST: 'post',
  ELECTRONIC: 'online',
};

/** The event a form prints must have happened; CONFLICT otherwise (01 and 06 always exist). */
const FORM_EVENT: Partial<Record<FormKind, DossierCommandType>> = {
  '02': 'REQUEST_SUPPLEMENT',
  '03': 'REFUSE',
  '04': 'APOLOGIZE',
  '05': 'STOP',
};

const FORM_EVENT_NAMES: Record<string, string> = {
  REQUEST_SUPPLEMENT: 'no supplement was requested',
  REFUSE: 'it was not refused',
  APOLOGIZE: 'no apology was issued',
  STOP: 'it was not stopped',
};

/** Assembles the data of one form from the stored dossier and its history (pure). */
export function buildFormData<K extends FormKind>(
  kind: K,
  dossier: DossierEntity,
  history: readonly DossierHistoryEntity[],
  refs: FormReferenceData,
  now: Date,
): FormDataByKind[K] {
  const base = baseData(dossier, refs);
  const command = FORM_EVENT[kind];
  const entry = command ? history.findLast((h) => h.command === command) : undefined;
  if (command && !entry) {
    throw new DomainError(
      ErrorCode.Conflict,
      `form ${kind} does not exist for dossier ${dossier.code}: ${FORM_EVENT_NAMES[command]}`,
    );
  }
  const details = entry?.details ?? {};
  const data: { [P in FormKind]: () => FormDataByKind[P] } = {
    '01': () => ({
      ...base,
      dueAt: dossier.originalDueAt ?? dossier.dueAt,
      branchName: dossier.receivingBranchName,
      branchAddress: refs.branchAddress,
      components: refs.components,
      returnMethod: FORM_RETURN_METHOD[dossier.returnMethod],
      returnBranchName: dossier.returnBranchName,
      receiverName: dossier.receivedBy,
    }),
    '02': () => ({
      ...base,
      issuedAt: entry!.at,
      missingComponents: strings(details.missingComponents).map((name) => ({
        name,
        reason: 'Còn thiếu, cần bổ sung',
      })),
      deadlineNote: entry!.reason ?? undefined,
      staffName: entry!.actor,
    }),
    '03': () => ({
      ...base,
      issuedAt: entry!.at,
      reasons: strings(details.reasons),
      receiverName: entry!.actor,
    }),
    '04': () => ({
      ...base,
      issuedAt: entry!.at,
      originalDueAt: new Date(String(details.previousDueAt)),
      newDueAt: new Date(String(details.newDueAt)),
      reason: entry!.reason ?? '',
      lateAgencyName: dossier.competentAgencyName ?? undefined,
      signerName: entry!.actor,
      signerTitle: 'THỦ TRƯỞNG CƠ QUAN',
    }),
    '05': () => ({
      ...base,
      issuedAt: entry!.at,
      reason: entry!.reason ?? '',
      legalBasis: legalBasisFor(dossier.receivedAt).decree,
      signerName: entry!.actor,
      signerTitle: 'THỦ TRƯỞNG CƠ QUAN',
    }),
    '06': () => ({
      ...base,
      issuedAt: now,
      dueAt: dossier.dueAt,
      steps: processSteps(dossier, history),
    }),
  };
  return data[kind]();
}

function baseData(dossier: DossierEntity, refs: FormReferenceData): DossierFormData {
  return {
    dossierCode: dossier.code,
    receivedAt: dossier.receivedAt,
    tenantName: refs.tenantName,
    // The receiving unit is the branch (service point) that took the dossier in.
    receivingUnitName: dossier.receivingBranchName,
    applicant: { fullName: dossier.applicantFullName, phone: dossier.applicantPhone },
    procedure: { code: dossier.procedureCode, name: dossier.procedureName },
    placeName: refs.placeName,
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A finished step is judged EARLY, ON_TIME or LATE; the other buckets print nothing. */
const STEP_RESULT: Partial<Record<string, StepResult>> = {
  EARLY: 'early',
  ON_TIME: 'on_time',
  LATE: 'late',
};

interface RecordedStep {
  title?: string;
  from?: string;
  to?: string;
  interAgency?: boolean;
}

/** The step a history entry records: a RECORD_STEP, or an inter-agency hand-over of routing. */
function recordedStep(h: DossierHistoryEntity): RecordedStep | undefined {
  const step = h.details?.step;
  return step && typeof step === 'object' ? step : undefined;
}

/** Inter-agency hand-overs are history entries of routing that change no status. */
function isHandOver(h: DossierHistoryEntity): boolean {
  return h.command === null && recordedStep(h)?.interAgency === true;
}

/** The process control sheet's rows: who handed the dossier to whom, from its history. */
export function processSteps(
  dossier: DossierEntity,
  history: readonly DossierHistoryEntity[],
): ProcessStep[] {
  const applicant = dossier.applicantFullName;
  const reception = dossier.receivingBranchName;
  const competent = dossier.competentAgencyName ?? dossier.competentAgencyCode ?? reception;
  // The agency holding the dossier as the history goes: along an inter-agency chain, the
  // first agency is the one the first hand-over came from.
  const firstHandOver = history.find(isHandOver);
  let agency = (firstHandOver && recordedStep(firstHandOver)?.from) ?? competent;
  const holderOf = (status: DossierStatus | null): string =>
    status === DossierStatus.Processing ? agency : reception;
  const steps: ProcessStep[] = [];
  for (const h of history) {
    const step = (handoverFrom: string, handoverTo: string, note: string, result?: StepResult) =>
      steps.push({ handoverFrom, handoverTo, at: h.at, note, result });
    switch (h.command) {
      case null:
        if (h.fromStatus === null) step(applicant, reception, 'Tiếp nhận hồ sơ');
        else if (isHandOver(h)) {
          const s = recordedStep(h)!;
          step(s.from ?? agency, s.to ?? agency, `Chuyển liên thông: ${s.title ?? ''}`);
          agency = s.to ?? agency;
        } else if (h.status === DossierStatus.Processing) step(reception, agency, 'Chuyển xử lý');
        break;
      case 'RECORD_STEP': {
        const s = recordedStep(h) ?? {};
        step(s.from ?? agency, s.to ?? agency, s.title ?? '');
        break;
      }
      case 'REQUEST_SUPPLEMENT':
        step(holderOf(h.fromStatus), applicant, 'Yêu cầu bổ sung hồ sơ');
        break;
      case 'RECEIVE_SUPPLEMENT':
        step(applicant, holderOf(h.status), 'Nhận hồ sơ bổ sung');
        break;
      case 'ACCEPT':
        step(applicant, reception, 'Tiếp nhận hồ sơ trực tuyến');
        break;
      case 'REQUEST_PAYMENT':
        step(holderOf(h.fromStatus), applicant, 'Yêu cầu nộp phí, lệ phí');
        break;
      case 'CONFIRM_PAYMENT':
        step(applicant, holderOf(h.status), 'Đã nộp phí, lệ phí');
        break;
      case 'MARK_RESULT_READY': {
        const judged = timeliness({
          dueAt: dossier.dueAt,
          originalDueAt: dossier.originalDueAt,
          finishedAt: h.at,
          now: h.at,
          paused: false,
        });
        step(agency, dossier.returnBranchName, 'Có kết quả', STEP_RESULT[judged]);
        break;
      }
      case 'RETURN_RESULT':
        step(dossier.returnBranchName, applicant, 'Trả kết quả');
        break;
      case 'REFUSE':
        step(reception, applicant, 'Từ chối tiếp nhận');
        break;
      case 'WITHDRAW':
        step(holderOf(h.fromStatus), applicant, 'Rút hồ sơ');
        break;
      case 'STOP':
        step(agency, applicant, 'Dừng giải quyết');
        break;
      case 'APOLOGIZE':
        step(agency, applicant, 'Xin lỗi, hẹn lại ngày trả');
        break;
      case 'RATE':
        break;
    }
  }
  return steps;
}
