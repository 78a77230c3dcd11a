import {
  notificationEventTypeSchema,
  notificationLanguageSchema,
  type NotificationEventType,
  type NotificationLanguage,
} from '@motcua/contracts';

/** Languages messages exist in; `vi` is the default. */
export const LOCALES = notificationLanguageSchema.options;
export type Locale = NotificationLanguage;

/** One template per event that notifies the applicant. */
export const TEMPLATE_IDS = notificationEventTypeSchema.options;
export type TemplateId = NotificationEventType;

/** The texts of one template in one locale: a short SMS and an e-mail. */
export interface MessageTemplate {
  sms: string;
  emailSubject: string;
  emailBody: string;
}

/**
 * The variables each event offers its templates; a saved template may use only these. Times
 * arrive already formatted in Vietnam time.
 */
export const TEMPLATE_VARIABLES: Readonly<Record<TemplateId, readonly string[]>> = {
  'dossier-received': ['fullName', 'code', 'procedureName', 'receivedAt', 'dueAt'],
  'dossier-routed': ['fullName', 'code', 'procedureName', 'agencyName', 'dueAt'],
  'dossier-supplement-requested': [
    'fullName',
    'code',
    'procedureName',
    'missingComponents',
    'requestedAt',
  ],
  'dossier-result-ready': ['fullName', 'code', 'procedureName', 'readyAt'],
};

/**
 * The built-in texts (version 0 of every template): what is sent until a tenant administrator
 * saves a version of their own. Placeholders `{name}` are filled by renderTemplate.
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
  'dossier-supplement-requested': {
    vi: {
      sms: 'Hồ sơ {code} cần bổ sung: {missingComponents}. Vui lòng bổ sung để tiếp tục giải quyết.',
      emailSubject: 'Hồ sơ {code} cần bổ sung',
      emailBody: [
        'Kính gửi {fullName},',
        '',
        'Hồ sơ {code} ({procedureName}) cần được bổ sung (yêu cầu lúc {requestedAt}):',
        '{missingComponents}.',
        '',
        'Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.',
        '',
        'Trân trọng,',
        'Trung tâm Phục vụ hành chính công',
      ].join('\n'),
    },
    en: {
      sms: 'Dossier {code} needs a supplement: {missingComponents}. Please provide it to continue.',
      emailSubject: 'Dossier {code}: supplement requested',
      emailBody: [
        'Dear {fullName},',
        '',
        'Your dossier {code} ({procedureName}) needs a supplement (requested at {requestedAt}, Vietnam time):',
        '{missingComponents}.',
        '',
        'The processing time is paused until the supplement is received.',
        '',
        'Public Administration Service Center',
      ].join('\n'),
    },
  },
  'dossier-result-ready': {
    vi: {
      sms: 'Hồ sơ {code} ({procedureName}) đã có kết quả từ {readyAt}.',
      emailSubject: 'Hồ sơ {code} đã có kết quả',
      emailBody: [
        'Kính gửi {fullName},',
        '',
        'Hồ sơ {code} ({procedureName}) đã có kết quả từ {readyAt}.',
        'Vui lòng nhận kết quả theo hình thức đã đăng ký.',
        '',
        'Trân trọng,',
        'Trung tâm Phục vụ hành chính công',
      ].join('\n'),
    },
    en: {
      sms: 'The result of dossier {code} ({procedureName}) is ready since {readyAt}.',
      emailSubject: 'Dossier {code}: result ready',
      emailBody: [
        'Dear {fullName},',
        '',
        'The result of your dossier {code} ({procedureName}) is ready since {readyAt} (Vietnam time).',
        'Please collect it the way you chose.',
        '',
        'Public Administration Service Center',
      ].join('\n'),
    },
  },
};
