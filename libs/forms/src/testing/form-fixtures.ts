import type { ProcessControlSheetData } from '../process-control-sheet.form';
import type { ReceiptSlipData } from '../receipt-slip.form';
import type { RefusalData } from '../refusal.form';
import type { ApologyExtensionData } from '../apology-extension.form';
import type { StopNoticeData } from '../stop-notice.form';
import type { SupplementRequestData } from '../supplement-request.form';
import type { IssuedFormData } from '../form-data';

/** 2026-01-09 10:00 Vietnam time. */
export const RECEIVED_AT = new Date('2026-01-09T03:00:00.000Z');
/** 2026-01-14 16:30 Vietnam time. */
export const DUE_AT = new Date('2026-01-14T09:30:00.000Z');
/** 2026-01-12 08:15 Vietnam time. */
export const ISSUED_AT = new Date('2026-01-12T01:15:00.000Z');

export const DOSSIER_CODE = '000.00.01.H26-260109-0042';

function issuedBase(overrides: Partial<IssuedFormData> = {}): IssuedFormData {
  return {
    dossierCode: DOSSIER_CODE,
    receivedAt: RECEIVED_AT,
    issuedAt: ISSUED_AT,
    tenantName: 'UBND Thành phố Hà Nội',
    receivingUnitName: 'Trung tâm Phục vụ hành chính công phường Hoàn Kiếm',
    placeName: 'Hà Nội',
    applicant: {
      fullName: 'Nguyễn Thị Lan',
      phone: '0912 345 678',
      address: 'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
    },
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    ...overrides,
  };
}

export function receiptSlipData(overrides: Partial<ReceiptSlipData> = {}): ReceiptSlipData {
  const { issuedAt: _issuedAt, ...base } = issuedBase();
  return {
    ...base,
    dueAt: DUE_AT,
    branchName: 'Chi nhánh số 1',
    branchAddress: '126 phố Hàng Trống, Hà Nội',
    components: [
      { name: 'Tờ khai đăng ký khai sinh', copies: 1, original: true },
      { name: 'Giấy chứng sinh', copies: 1, original: true },
      { name: 'Giấy chứng nhận kết hôn của cha mẹ', copies: 1 },
    ],
    returnMethod: 'counter',
    returnBranchName: 'Chi nhánh số 1',
    receiverName: 'Trần Văn Đức',
    ...overrides,
  };
}

export function supplementRequestData(
  overrides: Partial<SupplementRequestData> = {},
): SupplementRequestData {
  return {
    ...issuedBase(),
    missingComponents: [
      { name: 'Giấy chứng sinh', reason: 'Bản chụp bị mờ, không đọc được' },
      { name: 'Giấy chứng nhận kết hôn', reason: 'Thiếu bản sao có chứng thực' },
    ],
    deadlineNote: 'Trong vòng 05 ngày làm việc kể từ ngày nhận phiếu này',
    staffName: 'Trần Văn Đức',
    contactPhone: '024 3825 1234',
    ...overrides,
  };
}

export function refusalData(overrides: Partial<RefusalData> = {}): RefusalData {
  return {
    ...issuedBase(),
    reasons: ['Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan'],
    receiverName: 'Trần Văn Đức',
    ...overrides,
  };
}

export function apologyExtensionData(
  overrides: Partial<ApologyExtensionData> = {},
): ApologyExtensionData {
  return {
    ...issuedBase(),
    originalDueAt: DUE_AT,
    newDueAt: new Date('2026-01-19T09:30:00.000Z'),
    reason: 'Cần xác minh thông tin với cơ quan đăng ký hộ tịch nơi cư trú trước đây',
    lateAgencyName: 'UBND phường Hoàn Kiếm',
    signerName: 'Lê Minh Hằng',
    signerTitle: 'CHỦ TỊCH',
    ...overrides,
  };
}

export function stopNoticeData(overrides: Partial<StopNoticeData> = {}): StopNoticeData {
  return {
    ...issuedBase(),
    reason: 'Người yêu cầu đề nghị dừng giải quyết hồ sơ',
    legalBasis: 'Nghị định số 118/2025/NĐ-CP',
    signerName: 'Lê Minh Hằng',
    signerTitle: 'GIÁM ĐỐC',
    ...overrides,
  };
}

export function processControlSheetData(
  overrides: Partial<ProcessControlSheetData> = {},
): ProcessControlSheetData {
  return {
    ...issuedBase(),
    dueAt: DUE_AT,
    steps: [
      {
        handoverFrom: 'Trần Văn Đức (Bộ phận Một cửa)',
        handoverTo: 'Phạm Thu Hà (Phòng Văn hóa - Xã hội)',
        at: new Date('2026-01-09T04:30:00.000Z'),
        result: 'on_time',
      },
      {
        handoverFrom: 'Phạm Thu Hà (Phòng Văn hóa - Xã hội)',
        handoverTo: 'Lê Minh Hằng (Lãnh đạo UBND)',
        at: new Date('2026-01-12T02:00:00.000Z'),
        result: 'early',
        note: 'Trình ký',
      },
    ],
    ...overrides,
  };
}
