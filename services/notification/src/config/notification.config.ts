import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';
import { portalSyncEnvShape } from '../portal-sync/portal-sync.config';

/** An optional URL: unset or empty disables what it configures; anything else must parse. */
const optionalUrl = (protocols: RegExp) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .refine((v) => {
        try {
          return protocols.test(new URL(v).protocol);
        } catch {
          return false;
        }
      }, `must be a URL with protocol matching ${protocols.source}`)
      .optional(),
  );

export const notificationEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3105),
  /** The mail relay, `smtp://host:port` or `smtps://user:pass@host:465`; unset: no e-mail. */
  SMTP_URL: optionalUrl(/^smtps?:$/),
  MAIL_FROM: z
    .string()
    .regex(
      /^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/,
      'must be an address, optionally with a name: "Name <a@b.vn>"',
    )
    .default('Một cửa <no-reply@motcua.local>'),
  /** The SMS gateway endpoint that takes `POST { to, text, reference }`; unset: no SMS. */
  SMS_GATEWAY_URL: optionalUrl(/^https?:$/),
  /** First retry delay of a failed delivery; doubles on each attempt (jittered, capped at 1 h). */
  NOTIFY_RETRY_BASE_MS: env.int(2000, 1),
  /** Send attempts before a delivery is marked FAILED (the dead letter); 15 at 2 s span 2-4 h. */
  NOTIFY_MAX_ATTEMPTS: env.int(15, 1),
  /** Backstop poll of the delivery worker (it is also woken by every commit). */
  NOTIFY_POLL_MS: env.int(5000, 10),
  /** Time limit of one send (SMTP and HTTP). */
  NOTIFY_SEND_TIMEOUT_MS: env.int(10_000, 100),
  /** Locale of messages to applicants who chose none (setNotificationPreferences). */
  NOTIFY_DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
  /** National portal sync (see portal-sync/portal-sync.config.ts). */
  ...portalSyncEnvShape,
});
/** Injection token of the validated config. */
export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');
export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;

export function loadNotificationConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('notification', notificationEnvSchema, source);
}
