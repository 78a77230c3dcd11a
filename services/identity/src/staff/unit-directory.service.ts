import { Injectable } from '@nestjs/common';
import { RpcClient } from '@motcua/platform';

/**
 * Which branches and agencies a tenant has, asked of the catalog (the source of reference data)
 * when an administrator assigns staff to units. Not cached: staff are saved rarely, and a unit
 * the catalog just added must be assignable at once.
 */
@Injectable()
export class UnitDirectory {
  constructor(private readonly rpc: RpcClient) {}

  /** The ids of `ids` that are no branch of the tenant. */
  async unknownBranches(tenant: string, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const { branches } = await this.rpc.request('catalog.branch.list.v1', { tenant });
    const known = new Set(branches.map((b) => b.id));
    return ids.filter((id) => !known.has(id));
  }

  /** The codes of `codes` that are no agency of the tenant. */
  async unknownAgencies(tenant: string, codes: readonly string[]): Promise<string[]> {
    if (!codes.length) return [];
    const { agencies } = await this.rpc.request(
      'catalog.agency.list.v1',
      { codes: [...codes] },
      { tenant },
    );
    const known = new Set(agencies.map((a) => a.code));
    return codes.filter((code) => !known.has(code));
  }
}
