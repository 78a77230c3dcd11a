import { parseDossierCode, phoneSchema } from '@motcua/contracts';

/** What the tracking form asks: a dossier code and the phone number given at submission. */
export interface TrackingQuery {
  code: string;
  phone: string;
}

export type TrackingFormResult =
  | { ok: true; query: TrackingQuery }
  /** `code` is what was typed, shown back in the form (escaped); the phone never is. */
  | { ok: false; code: string; message: string };

const MAX_FIELD_LENGTH = 100;

export const FORM_MESSAGES = {
  missing: 'Vui lòng nhập mã hồ sơ và số điện thoại.',
  badCode: 'Mã hồ sơ không đúng định dạng (ví dụ: 000.00.53.H48-220921-0099).',
  badPhone: 'Số điện thoại không hợp lệ (ví dụ: 0912345678).',
  unreadable: 'Yêu cầu không hợp lệ. Vui lòng mở lại trang tra cứu và nhập lại.',
} as const;

const field = (body: Record<string, unknown>, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value.trim().slice(0, MAX_FIELD_LENGTH) : '';
};

/** The submitted form, checked before any lookup: a malformed value never reaches reception. */
export function trackingFormOf(body: unknown): TrackingFormResult {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = field(fields, 'code').toUpperCase();
  const phone = field(fields, 'phone');
  if (code === '' || phone === '') return { ok: false, code, message: FORM_MESSAGES.missing };
  if (!parseDossierCode(code)) return { ok: false, code, message: FORM_MESSAGES.badCode };
  const parsedPhone = phoneSchema.safeParse(phone);
  if (!parsedPhone.success) return { ok: false, code, message: FORM_MESSAGES.badPhone };
  return { ok: true, query: { code, phone: parsedPhone.data } };
}
