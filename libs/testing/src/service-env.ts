/** The environment a service under test runs with: its own database and subject prefix. */
export function serviceTestEnv(
  db: { url: string },
  prefix: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    MOTCUA_SUBJECT_PREFIX: prefix,
    NATS_URL: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...extra,
  };
}
