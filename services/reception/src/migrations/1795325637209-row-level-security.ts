import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'motcua_reception_app';
const TENANT = `current_setting('motcua.tenant', true)`;

/** Tables with a `tenant_id`: each gets the tenant policy; the grants follow what tenant work does. */
const TENANT_TABLES: { table: string; privileges: string }[] = [
  { table: 'dossier', privileges: 'SELECT, INSERT, UPDATE' },
  { table: 'dossier_sequence', privileges: 'SELECT, INSERT, UPDATE' },
  { table: 'attachment', privileges: 'SELECT, INSERT, UPDATE' },
  // Append-only (triggers refuse the rest): no UPDATE either.
  { table: 'dossier_history', privileges: 'SELECT, INSERT' },
  { table: 'personal_data_access', privileges: 'SELECT, INSERT' },
];

/**
 * Tenant isolation in depth (ARCHITECTURE decision 4): tenant work runs as the NOLOGIN role
 * `motcua_reception_app` (the pool sets it with the tenant in `motcua.tenant` on checkout), and
 * every tenant-owned table admits only that tenant's rows, so a query that forgets
 * `WHERE tenant_id` cannot read or write another tenant's rows. Superusers and the tables' owner
 * bypass the policies (not FORCEd): that is system work (migrations, the outbox relay, the
 * overdue sweep). Tables without a tenant stay outside row-level security:
 * - outbox: every tenant's events, a hand-over's included (written under the other tenant by
 *   design); tenant work may only INSERT, the relay reads it as system.
 * - processed_event: consumer name and event id, no tenant data; SELECT and INSERT.
 * - dead_letter, migrations: system only, no grant.
 * Written by hand; the role is cluster-wide, so it is created once and kept by `down`.
 */
export class RowLevelSecurity1795325637209 implements MigrationInterface {
  name = 'RowLevelSecurity1795325637209';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A DBA may have created it (the migrating user then needs no CREATEROLE); test databases
    // of one cluster migrate in parallel and may race to create it.
    await queryRunner.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
           CREATE ROLE ${ROLE} NOLOGIN;
         END IF;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
       END $$`,
    );
    // The migrating (= service) user must be able to SET ROLE to it; a superuser always can.
    await queryRunner.query(
      `DO $$ BEGIN
         IF NOT pg_has_role(current_user, '${ROLE}',
              CASE WHEN current_setting('server_version_num')::int >= 160000
                   THEN 'SET' ELSE 'MEMBER' END) THEN
           EXECUTE format('GRANT ${ROLE} TO %I', current_user);
         END IF;
       END $$`,
    );
    await queryRunner.query(`GRANT USAGE ON SCHEMA "reception" TO ${ROLE}`);
    for (const { table, privileges } of TENANT_TABLES) {
      await queryRunner.query(`GRANT ${privileges} ON "reception"."${table}" TO ${ROLE}`);
      await queryRunner.query(`ALTER TABLE "reception"."${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "tenant_isolation" ON "reception"."${table}" TO ${ROLE}
         USING ("tenant_id" = ${TENANT}) WITH CHECK ("tenant_id" = ${TENANT})`,
      );
    }
    await queryRunner.query(`GRANT INSERT ON "reception"."outbox" TO ${ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "reception"."processed_event" TO ${ROLE}`);
    // Tables of later migrations are usable at once; each must still enable its policy
    // (row-level-security.int-spec.ts fails for a tenant table without one).
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "reception"
       GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "reception" GRANT USAGE, SELECT ON SEQUENCES TO ${ROLE}`,
    );
    // The one cross-tenant read of tenant work: which tenant holds the read-only copy of a
    // dossier another tenant decides (the hand-over mirror then acts for that tenant). It runs
    // as the owner and returns only the tenant.
    await queryRunner.query(
      `CREATE FUNCTION "reception"."handover_copy_tenant"(deciding text, dossier_code text)
       RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
       AS $$ SELECT tenant_id FROM "reception"."dossier"
             WHERE code = dossier_code AND deciding_tenant = deciding LIMIT 1 $$`,
    );
    await queryRunner.query(
      'REVOKE ALL ON FUNCTION "reception"."handover_copy_tenant"(text, text) FROM PUBLIC',
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION "reception"."handover_copy_tenant"(text, text) TO ${ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION "reception"."handover_copy_tenant"(text, text)');
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "reception" REVOKE ALL ON SEQUENCES FROM ${ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "reception" REVOKE ALL ON TABLES FROM ${ROLE}`,
    );
    await queryRunner.query(`REVOKE ALL ON "reception"."processed_event" FROM ${ROLE}`);
    await queryRunner.query(`REVOKE ALL ON "reception"."outbox" FROM ${ROLE}`);
    for (const { table } of [...TENANT_TABLES].reverse()) {
      await queryRunner.query(`DROP POLICY "tenant_isolation" ON "reception"."${table}"`);
      await queryRunner.query(`ALTER TABLE "reception"."${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "reception"."${table}" FROM ${ROLE}`);
    }
    await queryRunner.query(`REVOKE ALL ON SCHEMA "reception" FROM ${ROLE}`);
  }
}
