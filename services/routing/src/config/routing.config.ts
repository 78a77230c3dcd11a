import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';

export const routingEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3103),
});
/** Injection token of the validated config. */
export const ROUTING_CONFIG = Symbol('ROUTING_CONFIG');
export type RoutingConfig = ReturnType<typeof loadRoutingConfig>;

export function loadRoutingConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('routing', routingEnvSchema, source);
}
