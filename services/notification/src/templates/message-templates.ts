/** Languages messages exist in; `vi` is the default. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One template per event that notifies the applicant. */
export const TEMPLATE_IDS = ['dossier-received', 'dossier-routed'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The texts of one template in one locale: a short SMS and an e-mail. */
export interface MessageTemplate {
  sms: string;
  emailSubject: string;
  emailBody: string;
}

/**
 * The message texts, as data. Placeholders `{name}` are filled by renderTemplate; times arrive
 * already formatted in Vietnam time. Variables: received: fullName, code, procedureName,
 * receivedAt, dueAt; routed: fullName, code, procedureName, agencyName, dueAt.
 */
export const MESSAGE_TEMPLATES: Record<TemplateId, Record<Locale, MessageTemplate>> = {
  'dossier-received': {
    vi: {
      sms: 'Hồ sơ {code} ({procedureName}) đã được tiếp nhận lúc {receivedAt}. Hẹn trả kết quả: {dueAt}.',
      emailSubject: 'Hồ sơ {code} đã được tiếp nhận',
      emailBody: [
        'Kính gửi {fullName},',
        '',
        'Hồ sơ {code} ({procedureName}) đã được tiếp nhận lúc {receivedAt}.',
        'Hẹn trả kết quả: {dueAt}.',
        '',
        'Vui lòng dùng mã hồ sơ {code} để tra cứu tình trạng giải quyết.',
        '',
        'Trân trọng,',
        'Trung tâm Phục vụ hành chính công',
      ].join('\n'),
    },
    en: {
      sms: 'Dossier {code} ({procedureName}) was received at {receivedAt}. Result due: {dueAt}.',
      emailSubject: 'Dossier {code} received',
      emailBody: [
        'Dear {fullName},',
        '',
        'Your dossier {code} ({procedureName}) was received at {receivedAt} (Vietnam time).',
        'Result due: {dueAt}.',
        '',
        'Use the dossier code {code} to track its progress.',
        '',
        'Public Administration Service Center',
      ].join('\n'),
    },
  },
  'dossier-routed': {
    vi: {
      sms: 'Hồ sơ {code} đã được chuyển đến {agencyName} để giải quyết.',
      emailSubject: 'Hồ sơ {code} đã được chuyển đến {agencyName}',
      emailBody: [
        'Kính gửi {fullName},',
        '',
        'Hồ sơ {code} ({procedureName}) đã được chuyển đến {agencyName} để giải quyết.',
        'Hẹn trả kết quả: {dueAt}.',
        '',
        'Trân trọng,',
        'Trung tâm Phục vụ hành chính công',
      ].join('\n'),
    },
    en: {
      sms: 'Dossier {code} was forwarded to {agencyName} for processing.',
      emailSubject: 'Dossier {code} forwarded to {agencyName}',
      emailBody: [
        'Dear {fullName},',
        '',
        'Your dossier {code} ({procedureName}) was forwarded to {agencyName} for processing.',
        'Result due: {dueAt} (Vietnam time).',
        '',
        'Public Administration Service Center',
      ].join('\n'),
    },
  },
};
