import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { asSystem } from './database-scope';
import { PLATFORM_ENTITIES } from './platform-entities';
import { RowLevelSecurityDriver, type RowLevelSecurityOptions } from './row-level-security-pool';

export interface ServiceDatabaseOptions {
  url: string;
  /** The PostgreSQL schema the service owns; no service reads another's. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
  /**
   * Enforce the schema's row-level security: connections checked out for a tenant's work run as
   * `role` with the tenant in `setting`; system work runs as the login user (see DatabaseScope).
   * The role, grants and policies come from the service's migrations.
   */
  rowLevelSecurity?: RowLevelSecurityOptions;
}

export function dataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  const entities = Array.isArray(options.entities)
    ? options.entities
    : Object.values(options.entities);
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: [...PLATFORM_ENTITIES, ...entities],
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no uuid-ossp extension (needs superuser).
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: options.applicationName ?? options.schema,
    extra: { max: options.poolSize ?? 10 },
    ...(options.rowLevelSecurity
      ? { driver: new RowLevelSecurityDriver(options.rowLevelSecurity) }
      : {}),
  };
}

/** Opens the data source and brings its schema up to date (see runMigrationsLocked). */
export async function openServiceDataSource(options: ServiceDatabaseOptions): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(options));
  await ds.initialize();
  try {
    await runMigrationsLocked(ds, options.schema);
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return ds;
}

/**
 * Creates the schema first (TypeORM would put its migrations table in a schema that does not
 * exist yet), then runs pending migrations under a session advisory lock so replicas starting
 * together migrate once. Always as system work: migrations own the schema.
 */
export function runMigrationsLocked(ds: DataSource, schema: string): Promise<string[]> {
  return asSystem(() => migrateLocked(ds, schema));
}

async function migrateLocked(ds: DataSource, schema: string): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`motcua:migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`motcua:migrate:${schema}`])
      .catch(() => undefined);
    await runner.release();
  }
}

/** SQL TypeORM would still need to match the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
