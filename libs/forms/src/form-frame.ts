import type { DossierFormData } from './form-data';
import { drawFormHeader } from './form-header';
import type { FormKind } from './form-kind';
import { field } from './form-text';
import { formTemplateFor, legalBasisFor } from './legal-regime';
import { createA5Document, type Doc } from './pdf-document';
import { qrCodePng } from './qr-code';

/**
 * Opens a form: checks the form exists under the dossier's regime (RangeError otherwise),
 * then draws the common header. The caller writes the body and calls finishDocument.
 */
export async function startForm(
  kind: FormKind,
  data: DossierFormData,
  issuedAt: Date,
): Promise<Doc> {
  const template = formTemplateFor(kind, data.receivedAt);
  const basis = legalBasisFor(data.receivedAt);
  const qrPng = await qrCodePng(data.dossierCode);
  const doc = createA5Document(template.title, issuedAt);
  drawFormHeader(doc, {
    formNumber: template.number,
    tenantName: data.tenantName,
    unitName: data.receivingUnitName,
    placeName: data.placeName,
    issuedAt,
    title: template.title,
    legalBasisLine: basis.line,
    dossierCode: data.dossierCode,
    qrPng,
  });
  return doc;
}

/** Applicant and requested procedure, as most forms open their body. */
export function applicantFields(doc: Doc, data: DossierFormData): void {
  field(doc, 'Ông/bà (tổ chức)', data.applicant.fullName);
  if (data.applicant.address) field(doc, 'Địa chỉ', data.applicant.address);
  field(doc, 'Số điện thoại', data.applicant.phone);
  field(
    doc,
    'Nội dung yêu cầu giải quyết',
    `${data.procedure.name} (mã thủ tục ${data.procedure.code})`,
  );
}
