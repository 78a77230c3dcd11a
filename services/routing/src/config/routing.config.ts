import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';

export const routingEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3103),
  /** Work queues flag a dossier "nearing due" this long before its due time. */
  QUEUE_NEARING_DUE_MINUTES: env.int(480, 1),
  /**
   * How often waiting dossiers get a handler and absences that begin today release their
   * handler's dossiers; 0 turns the background sweep off.
   */
  ASSIGNMENT_SWEEP_SECONDS: env.int(60, 0),
  /** How often inter-agency step deadlines are checked for alerts; 0 turns it off. */
  STEP_DEADLINE_SWEEP_SECONDS: env.int(60, 0),
});
/** Injection token of the validated config. */
export const ROUTING_CONFIG = Symbol('ROUTING_CONFIG');
export type RoutingConfig = ReturnType<typeof loadRoutingConfig>;

export function loadRoutingConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('routing', routingEnvSchema, source);
}
