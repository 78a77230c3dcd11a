import { requestContext, type RequestContext } from '../context/request-context';

/**
 * Whom a database connection works for, under row-level security:
 * - `tenant`: a request or event handler. Its rows only; `tenant: null` (a handler without a
 *   tenant) sees no tenant-owned row at all and cannot write one.
 * - `system`: work that spans tenants on purpose, as the schema owner (policies do not apply):
 *   code inside `asSystem`, and code outside any request context (boot, migrations, background
 *   loops). Request and event handlers always run in a context (the RPC server and the consumer
 *   host set one), so they never fall through to `system`.
 */
export type DatabaseScope = { kind: 'system' } | { kind: 'tenant'; tenant: string | null };

export function databaseScope(
  ctx: RequestContext | undefined = requestContext.current(),
): DatabaseScope {
  if (!ctx || ctx.system) return { kind: 'system' };
  return { kind: 'tenant', tenant: ctx.tenant ?? null };
}

/**
 * Runs `fn` as system work: its database connections act as the schema owner, across tenants.
 * For sweeps and relays only; say at the call site why the work may span tenants.
 */
export function asSystem<T>(fn: () => T): T {
  const current = requestContext.current();
  // The trace goes on: it is the active span, not part of this context.
  return requestContext.run({ dossierCode: current?.dossierCode, system: true }, fn);
}
