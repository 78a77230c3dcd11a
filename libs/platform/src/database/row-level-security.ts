import type { DataSource, EntityManager } from 'typeorm';
import { RowLevelSecurityDriver, type RowLevelSecurityOptions } from './row-level-security-pool';

/** The row-level security a data source enforces, if any (see `ServiceDatabaseOptions`). */
export function rowLevelSecurityOf(ds: DataSource): RowLevelSecurityOptions | undefined {
  const driver: unknown = ds.options.type === 'postgres' ? ds.options.driver : undefined;
  return driver instanceof RowLevelSecurityDriver ? driver.options : undefined;
}

/**
 * From here to the end of the caller's transaction, acts for `tenant` (its role and setting
 * local to the transaction). Only for the explicit cross-tenant steps of a hand-over, e.g. an
 * event of the deciding tenant that updates the receiving tenant's copy of a dossier.
 */
export async function actAsTenant(manager: EntityManager, tenant: string): Promise<void> {
  const options = rowLevelSecurityOf(manager.connection);
  if (!options) throw new Error('actAsTenant: this data source enforces no row-level security');
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('actAsTenant must run inside a transaction: the switch ends with it');
  }
  if (!tenant) throw new Error('actAsTenant needs a tenant');
  await manager.query('SELECT set_config($1, $2, true), set_config($3, $4, true)', [
    'role',
    options.role,
    options.setting,
    tenant,
  ]);
}

/**
 * Tables of `schema` that have a `tenant_id` column but no row-level security, or no policy
 * for `role`: each is a tenant-owned table a forgotten `WHERE tenant_id` could leak.
 */
export async function tenantTablesWithoutRowLevelSecurity(
  ds: DataSource,
  schema: string,
  role: string,
): Promise<string[]> {
  const rows = await ds.query<{ table: string }[]>(
    `SELECT c.relname AS "table"
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
        AND NOT (c.relrowsecurity AND EXISTS (
          SELECT 1 FROM pg_policies p
           WHERE p.schemaname = n.nspname AND p.tablename = c.relname
             AND (p.roles @> ARRAY[$2]::name[] OR p.roles @> ARRAY['public']::name[])))
      ORDER BY 1`,
    [schema, role],
  );
  return rows.map((r) => r.table);
}
