/**
 * Errors that say the database connection went away (a restart, a failover, an operator's
 * `pg_terminate_backend`), not that the request was wrong: the caller may retry with the same
 * idempotency key, so they answer SERVICE_UNAVAILABLE rather than INTERNAL.
 */
const CONNECTION_SQLSTATES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000', // connection_exception
  '08001', // unable to establish
  '08003', // connection_does_not_exist
  '08006', // connection_failure
]);
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
/** What TypeORM throws when a transaction's connection died under it. */
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /connection is closed/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
];

export function isConnectionLost(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (RELEASED_RUNNER_ERRORS.has(err.name)) return true;
  const { code, driverError } = err as Error & { code?: unknown; driverError?: unknown };
  if (typeof code === 'string' && (CONNECTION_SQLSTATES.has(code) || CONNECTION_ERRNOS.has(code)))
    return true;
  if (driverError instanceof Error && driverError !== err && isConnectionLost(driverError))
    return true;
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(err.message));
}
