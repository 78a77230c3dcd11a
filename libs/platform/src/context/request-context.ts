import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request or event carries through the call chain, for headers and logs. The trace is
 * not here: it is the active OpenTelemetry span (see telemetry/), one id for spans and logs.
 */
export interface RequestContext {
  tenant?: string;
  dossierCode?: string;
  /**
   * Work that legitimately spans tenants (sweeps, the outbox relay): under row-level security
   * its database connections run as the schema owner. Set only through `asSystem`.
   */
  system?: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** Adds a field (e.g. the dossier code once known) to the running context. */
  annotate(fields: Partial<RequestContext>): void {
    const ctx = storage.getStore();
    if (ctx) Object.assign(ctx, fields);
  },
};
