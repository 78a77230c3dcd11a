import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REPORT_DAY_APPLY as APPLY } from './1795334874978-report-aggregate';

const SIGNATURE = `"reception"."report_day_apply"(old_row "reception"."dossier",
  new_row "reception"."dossier")`;

/**
 * `report_day_apply`, which the report triggers run for every dossier insert and every watched
 * update, becomes PL/pgSQL with the same statement: a LANGUAGE sql function plans its statement
 * again on every call (about 1.5–2 ms here, most of an intake's database time), a PL/pgSQL one
 * keeps the plan for the session. What it writes is unchanged.
 */
export class ReportApplyCachedPlan1795340061512 implements MigrationInterface {
  name = 'ReportApplyCachedPlan1795340061512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION ${SIGNATURE} RETURNS void LANGUAGE plpgsql AS $$
BEGIN${APPLY};
END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION ${SIGNATURE} RETURNS void LANGUAGE sql AS $$${APPLY}
$$`,
    );
  }
}
