import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';

export const receptionEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3102),
});

/** Injection token of the validated config. */
export const RECEPTION_CONFIG = Symbol('RECEPTION_CONFIG');
export type ReceptionConfig = ReturnType<typeof loadReceptionConfig>;

export function loadReceptionConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('reception', receptionEnvSchema, source);
}
