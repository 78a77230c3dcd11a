import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';

export const receptionEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3102),
  /** How long before the due date `dossier.due-soon.v1` warns. */
  DUE_SOON_MARGIN_MINUTES: env.int(240, 1),
  /** How far ahead the overdue timers are armed; reloaded every half horizon. */
  OVERDUE_HORIZON_MINUTES: env.int(360, 1),
  /** Largest scanned component accepted (bytes). */
  ATTACHMENT_MAX_BYTES: env.int(10 * 1024 * 1024, 1),
  /** Target wait at a branch queue, issue to first call (minutes): boards and the waiting report. */
  QUEUE_WAIT_TARGET_MINUTES: env.int(15, 1),
});

/** Injection token of the validated config. */
export const RECEPTION_CONFIG = Symbol('RECEPTION_CONFIG');
export type ReceptionConfig = ReturnType<typeof loadReceptionConfig>;

export function loadReceptionConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('reception', receptionEnvSchema, source);
}
