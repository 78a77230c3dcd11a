import { Injectable } from '@nestjs/common';
import { Clock, RpcClient } from '@motcua/platform';

const TTL_MS = 5 * 60_000;

/** The known tenant slugs, from the catalog, refreshed every few minutes. */
@Injectable()
export class TenantDirectory {
  private cached?: { ids: Promise<ReadonlySet<string>>; expiresAtMs: number };

  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
  ) {}

  async has(tenant: string): Promise<boolean> {
    return (await this.ids()).has(tenant);
  }

  private ids(): Promise<ReadonlySet<string>> {
    const now = this.clock.now().getTime();
    if (this.cached && this.cached.expiresAtMs > now) return this.cached.ids;
    const ids = this.rpc
      .request('catalog.tenant.list.v1', {})
      .then(({ tenants }) => new Set(tenants.map((t) => t.id)));
    const entry = { ids, expiresAtMs: now + TTL_MS };
    this.cached = entry;
    // A failed load is not kept: the next request asks again.
    ids.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return ids;
  }
}
