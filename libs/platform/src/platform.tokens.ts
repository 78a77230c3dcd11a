/** Injection tokens of the platform module. */
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');

/** Settled options the platform providers run with (from the validated config). */
export interface PlatformRuntimeOptions {
  serviceName: string;
  natsUrl: string;
  subjectPrefix: string;
  rpcTimeoutMs: number;
  jetstreamReplicas: number;
  shutdownTimeoutMs: number;
  /** Postgres connection string, for services that own a schema. */
  databaseUrl?: string;
  databaseSchema?: string;
}
