import type { EntityManager } from 'typeorm';

/**
 * The tenant holding the read-only copy of dossier `code` that `decidingTenant` decides, or
 * null: a cross-tenant read, through the SECURITY DEFINER function of the row-level-security
 * migration (the copy is invisible to the deciding tenant's work) that returns only the tenant.
 */
export async function handoverCopyTenant(
  manager: EntityManager,
  decidingTenant: string,
  code: string,
): Promise<string | null> {
  const rows = await manager.query<{ tenant: string | null }[]>(
    'SELECT "reception"."handover_copy_tenant"($1, $2) AS tenant',
    [decidingTenant, code],
  );
  return rows[0]?.tenant ?? null;
}
