import { type ApologyExtensionData, renderApologyExtension } from './apology-extension.form';
import type { FormKind } from './form-kind';
import {
  type ProcessControlSheetData,
  renderProcessControlSheet,
} from './process-control-sheet.form';
import { type ReceiptSlipData, renderReceiptSlip } from './receipt-slip.form';
import { type RefusalData, renderRefusal } from './refusal.form';
import { renderStopNotice, type StopNoticeData } from './stop-notice.form';
import { renderSupplementRequest, type SupplementRequestData } from './supplement-request.form';

/** The data each form kind prints. */
export interface FormDataByKind {
  '01': ReceiptSlipData;
  '02': SupplementRequestData;
  '03': RefusalData;
  '04': ApologyExtensionData;
  '05': StopNoticeData;
  '06': ProcessControlSheetData;
}

type Renderers = { [K in FormKind]: (data: FormDataByKind[K]) => Promise<Buffer> };

const RENDERERS: Renderers = {
  '01': renderReceiptSlip,
  '02': renderSupplementRequest,
  '03': renderRefusal,
  '04': renderApologyExtension,
  '05': renderStopNotice,
  '06': renderProcessControlSheet,
};

/**
 * Renders one form of the dossier lifecycle as an A5 PDF. Rejects with a RangeError when the
 * form does not exist under the regime of the dossier's receipt date (form 05 before 2025-07-01).
 */
export function renderForm<K extends FormKind>(kind: K, data: FormDataByKind[K]): Promise<Buffer> {
  const render = RENDERERS[kind] as (d: FormDataByKind[K]) => Promise<Buffer>;
  return render(data);
}
