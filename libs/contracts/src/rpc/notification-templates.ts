import { z } from 'zod';
import { isoDateTime } from './common';

/** The dossier events that notify the applicant; each has its own template and variables. */
export const notificationEventTypeSchema = z.enum([
  'dossier-received',
  'dossier-routed',
  'dossier-supplement-requested',
  'dossier-result-ready',
]);
export type NotificationEventType = z.infer<typeof notificationEventTypeSchema>;

/** The ways an applicant can be reached (an integrator's webhook is not an applicant channel). */
export const applicantChannelSchema = z.enum(['SMS', 'EMAIL']);
export type ApplicantChannel = z.infer<typeof applicantChannelSchema>;

/** Languages of messages; Vietnamese first. */
export const notificationLanguageSchema = z.enum(['vi', 'en']);
export type NotificationLanguage = z.infer<typeof notificationLanguageSchema>;

/** One version of the template of (event type, channel, language) in a tenant. */
export const notificationTemplateSchema = z.object({
  eventType: notificationEventTypeSchema,
  channel: applicantChannelSchema,
  language: notificationLanguageSchema,
  /** 0 is the built-in default; every save by an administrator adds the next version. */
  version: z.number().int().nonnegative(),
  /** E-mail only; null for SMS. */
  subject: z.string().nullable(),
  body: z.string(),
  /** The `{name}` placeholders this event type offers. */
  variables: z.array(z.string()),
  /** The administrator who saved it; null for the built-in default. */
  createdBy: z.string().nullable(),
  createdAt: isoDateTime.nullable(),
});
export type NotificationTemplate = z.infer<typeof notificationTemplateSchema>;

const templateKey = {
  eventType: notificationEventTypeSchema,
  channel: applicantChannelSchema,
  language: notificationLanguageSchema,
};

export const saveNotificationTemplateRequestSchema = z.object({
  ...templateKey,
  /** Required for EMAIL, absent or null for SMS. */
  subject: z.string().trim().min(1).max(300).nullable().optional(),
  body: z.string().trim().min(1).max(5000),
});
export type SaveNotificationTemplateRequest = z.input<typeof saveNotificationTemplateRequestSchema>;

/** An applicant's choice for one dossier: which channels reach them, in which language. */
export const notificationPreferencesSchema = z.object({
  dossierCode: z.string(),
  channels: z.array(applicantChannelSchema),
  language: notificationLanguageSchema,
  updatedAt: isoDateTime,
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationTemplatesRpc = {
  /**
   * The templates in force (the newest version, else the built-in default), filtered by any of
   * the key fields. Tenant administrators.
   */
  'notification.template.list.v1': {
    tenantScoped: true,
    request: z.object({
      eventType: notificationEventTypeSchema.optional(),
      channel: applicantChannelSchema.optional(),
      language: notificationLanguageSchema.optional(),
    }),
    response: z.object({ templates: z.array(notificationTemplateSchema) }),
  },
  /**
   * Saves the next version of a template (tenant administrators). Unknown variables and syntax
   * errors are refused with VALIDATION_FAILED listing each; nothing is saved then.
   */
  'notification.template.save.v1': {
    tenantScoped: true,
    request: saveNotificationTemplateRequestSchema,
    response: notificationTemplateSchema,
  },
  /** Every version of one template, newest first, ending with the built-in default (version 0). */
  'notification.template.versions.v1': {
    tenantScoped: true,
    request: z.object(templateKey),
    response: z.object({ versions: z.array(notificationTemplateSchema) }),
  },
  /**
   * The applicant's channels and language for one dossier, set by a citizen who may follow it
   * (reception decides: applicant, online submitter or authorized representative). Applies to
   * messages planned from then on.
   */
  'notification.preferences.set.v1': {
    tenantScoped: true,
    request: z.object({
      dossierCode: z.string().min(1).max(64),
      channels: z.array(applicantChannelSchema).max(2),
      language: notificationLanguageSchema,
    }),
    response: notificationPreferencesSchema,
  },
} as const;
