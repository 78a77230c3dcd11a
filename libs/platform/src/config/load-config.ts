import { z } from 'zod';

/** Thrown at boot when environment variables are missing or malformed; lists every bad one. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` once against a schema of environment variables; never returns half a config. */
export function loadConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || '(environment)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    return `${name}: ${issue.message}${value === undefined ? ' (not set)' : ` (got "${value}")`}`;
  });
  throw new ConfigError(service, problems);
}

/** Helpers for env schemas: everything arrives as a string. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  int: (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  url: (fallback: string, protocols: RegExp) =>
    z
      .string()
      .default(fallback)
      .refine((v) => {
        try {
          return protocols.test(new URL(v).protocol);
        } catch {
          return false;
        }
      }, `must be a URL with protocol matching ${protocols.source}`),
};

/** Variables every service reads. */
export const baseEnvSchema = z.object({
  NATS_URL: z
    .string()
    .default('nats://127.0.0.1:4222')
    .refine(
      (v) => v.split(',').every((u) => /^(nats|tls|ws|wss):\/\/[^\s]+$/.test(u.trim())),
      'must be nats://host:port (comma-separated for a cluster)',
    ),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Prefixes every subject and stream name: isolates test runs sharing one NATS server. */
  MOTCUA_SUBJECT_PREFIX: z
    .string()
    .regex(
      /^([a-z0-9]+\.)?$/,
      'must be empty or lowercase letters/digits ending with a dot, like "t1a2b."',
    )
    .default(''),
  RPC_TIMEOUT_MS: env.int(5000, 100),
  JETSTREAM_REPLICAS: env.int(1, 1),
  SHUTDOWN_TIMEOUT_MS: env.int(10000, 0),
});
export type BaseConfig = z.output<typeof baseEnvSchema>;

/** Variables of services that own a PostgreSQL schema. */
export const databaseEnvSchema = z.object({
  DATABASE_URL: env.url('postgres://postgres@127.0.0.1:5432/motcua', /^postgres(ql)?:$/),
  DATABASE_POOL_SIZE: env.int(10, 1),
  /** Load the demo reference data on start (idempotent). */
  MOTCUA_DEMO_SEED: env.bool(false),
});
export type DatabaseConfig = z.output<typeof databaseEnvSchema>;
