import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** How many answers `HandoverCopies` keeps (the oldest go first): a few MB at most. */
const REMEMBERED = 20_000;

/**
 * Which tenant holds the read-only copy of a dossier another tenant decides (cross-province
 * hand-over), for the hand-over mirror that every tenant's dossier events pass through.
 *
 * An answer never changes once a deciding tenant's event about the code exists: a copy is stored
 * (and committed) by the receiving tenant before it hands the dossier over, its tenant and
 * `deciding_tenant` are never updated, and a code is issued by one agency of one tenant only. So
 * the answers are remembered, and the receipt that issues a code tells the answer before any
 * event about it is consumed: the mirror then skips the look-up for most events of this
 * instance's own receipts. What is not remembered (evicted, or received by another instance) is
 * looked up as before.
 */
@Injectable()
export class HandoverCopies {
  readonly #known = new Map<string, string | null>();

  /**
   * The tenant holding the copy of dossier `code` that `decidingTenant` decides, or null: a
   * cross-tenant read, through the SECURITY DEFINER function of the row-level-security migration
   * (the copy is invisible to the deciding tenant's work) that returns only the tenant.
   */
  async holderOf(
    manager: EntityManager,
    decidingTenant: string,
    code: string,
  ): Promise<string | null> {
    const key = keyOf(decidingTenant, code);
    const known = this.#known.get(key);
    if (known !== undefined) return known;
    const rows = await manager.query<{ tenant: string | null }[]>(
      'SELECT "reception"."handover_copy_tenant"($1, $2) AS tenant',
      [decidingTenant, code],
    );
    const holder = rows[0]?.tenant ?? null;
    this.remember(key, holder);
    return holder;
  }

  /**
   * A dossier this instance has just stored (committed) in `tenant` with a newly issued code:
   * when another tenant decides it, `tenant` holds its copy; otherwise no tenant holds a copy of
   * it that `tenant` decides.
   */
  received(tenant: string, code: string, decidingTenant: string | null): void {
    if (decidingTenant) this.remember(keyOf(decidingTenant, code), tenant);
    else this.remember(keyOf(tenant, code), null);
  }

  private remember(key: string, holder: string | null): void {
    this.#known.delete(key);
    this.#known.set(key, holder);
    if (this.#known.size > REMEMBERED) {
      const oldest = this.#known.keys().next();
      if (!oldest.done) this.#known.delete(oldest.value);
    }
  }
}

const keyOf = (decidingTenant: string, code: string): string => `${decidingTenant}\u0000${code}`;
