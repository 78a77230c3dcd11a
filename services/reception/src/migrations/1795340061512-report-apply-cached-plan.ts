import type { MigrationInterface, QueryRunner } from 'typeorm';

const KEY = 'tenant_id, day, branch_id, agency_code, procedure_code, field_code, channel';
const MEASURES = [
  'received',
  'digitized',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'processing_minutes',
  'closed_without_result',
  'rated',
  'satisfied',
];

/** The statement of `report_day_apply`, unchanged (see the report-aggregate migration). */
const APPLY = `
  INSERT INTO "reception"."dossier_report_day" AS t (${KEY}, ${MEASURES.join(', ')})
  SELECT ${KEY}, ${MEASURES.map((m) => `sum(${m})`).join(', ')}
    FROM (SELECT * FROM "reception"."report_day_rows"(old_row, -1)
          UNION ALL SELECT * FROM "reception"."report_day_rows"(new_row, 1)) c
   GROUP BY ${KEY}
  HAVING ${MEASURES.map((m) => `sum(${m}) <> 0`).join(' OR ')}
   ORDER BY ${KEY}
  ON CONFLICT (${KEY}) DO UPDATE SET
    ${MEASURES.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')}`;

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
