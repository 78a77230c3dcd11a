import type { FormKind } from './form-kind';

/**
 * The one-stop regime a dossier falls under, chosen by its RECEIPT date (DOMAIN.md §1, §4):
 * Decree 118/2025/NĐ-CP + Circular 03/2025/TT-VPCP (Appendix I, forms 01–07) from 2025-07-01,
 * before that Decree 61/2018/NĐ-CP + Circular 01/2018/TT-VPCP (Appendix, forms 01–06).
 */
export type LegalRegime = '2018' | '2025';

/** 2025-07-01 00:00 Vietnam time (UTC+7). */
export const DECREE_118_EFFECTIVE_AT = new Date('2025-06-30T17:00:00.000Z');

export interface LegalBasis {
  regime: LegalRegime;
  decree: string;
  circular: string;
  /** The line printed under the title. */
  line: string;
}

const BASES: Record<LegalRegime, Omit<LegalBasis, 'line'>> = {
  '2018': {
    regime: '2018',
    decree: 'Nghị định số 61/2018/NĐ-CP',
    circular: 'Thông tư số 01/2018/TT-VPCP',
  },
  '2025': {
    regime: '2025',
    decree: 'Nghị định số 118/2025/NĐ-CP',
    circular: 'Thông tư số 03/2025/TT-VPCP',
  },
};

export function legalRegimeAt(receivedAt: Date): LegalRegime {
  const ms = receivedAt.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid receipt date');
  return ms >= DECREE_118_EFFECTIVE_AT.getTime() ? '2025' : '2018';
}

export function legalBasisFor(receivedAt: Date): LegalBasis {
  const base = BASES[legalRegimeAt(receivedAt)];
  return { ...base, line: `Theo ${base.decree} và ${base.circular}` };
}

interface FormTemplate {
  /** "Mẫu số" on the paper. */
  number: string;
  title: string;
}

// Circular 01/2018 numbers the process control sheet 05 (it has no stop notice); Circular
// 03/2025 Appendix I inserts the stop notice as 05 and moves the control sheet to 06.
const TEMPLATES: Record<LegalRegime, Partial<Record<FormKind, FormTemplate>>> = {
  '2018': {
    '01': { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
    '02': { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' },
    '03': { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' },
    '04': { number: '04', title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
    '06': { number: '05', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' },
  },
  '2025': {
    '01': { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
    '02': { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' },
    '03': { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' },
    '04': { number: '04', title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
    '05': { number: '05', title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ' },
    '06': { number: '06', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' },
  },
};

/** The printed number and title of a form for a dossier received at `receivedAt`. */
export function formTemplateFor(kind: FormKind, receivedAt: Date): FormTemplate {
  const regime = legalRegimeAt(receivedAt);
  const template = TEMPLATES[regime][kind];
  if (!template) {
    throw new RangeError(
      `Form ${kind} does not exist for dossiers received before 2025-07-01 (regime ${regime})`,
    );
  }
  return template;
}
