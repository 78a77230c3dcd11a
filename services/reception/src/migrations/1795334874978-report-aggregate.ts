import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'motcua_reception_app';
const TENANT = `current_setting('motcua.tenant', true)`;
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
/** The statement of `report_day_apply` (later migrations re-create the function around it). */
export const REPORT_DAY_APPLY = `
  INSERT INTO "reception"."dossier_report_day" AS t (${KEY}, ${MEASURES.join(', ')})
  SELECT ${KEY}, ${MEASURES.map((m) => `sum(${m})`).join(', ')}
    FROM (SELECT * FROM "reception"."report_day_rows"(old_row, -1)
          UNION ALL SELECT * FROM "reception"."report_day_rows"(new_row, 1)) c
   GROUP BY ${KEY}
  HAVING ${MEASURES.map((m) => `sum(${m}) <> 0`).join(' OR ')}
   ORDER BY ${KEY}
  ON CONFLICT (${KEY}) DO UPDATE SET
    ${MEASURES.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')}`;
const VN_DAY = (instant: string) => `(${instant} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * A dossier's contributions, times `sign`: to its receipt day (received, digitized) and to its
 * finish day (timeliness against the first deadline, processing time, rating). The definitions
 * are those of docs/reports.md and of reports/timeliness.ts.
 */
const ROWS_FUNCTION = `
CREATE FUNCTION "reception"."report_day_rows"(d "reception"."dossier", sign int)
RETURNS TABLE (tenant_id text, day date, branch_id text, agency_code text, procedure_code text,
  field_code text, channel text, received int, digitized int, finished_early int,
  finished_on_time int, finished_late int, processing_minutes bigint,
  closed_without_result int, rated int, satisfied int)
LANGUAGE sql STABLE AS $$
  SELECT d.tenant_id, ${VN_DAY('d.received_at')}, d.receiving_branch_id,
         coalesce(d.competent_agency_code, ''), d.procedure_code, d.field_code, d.channel,
         sign,
         sign * (EXISTS (SELECT 1 FROM "reception"."report_digitized" m
                          WHERE m.dossier_id = d.id))::int,
         0, 0, 0, 0::bigint, 0, 0, 0
   WHERE d.id IS NOT NULL
  UNION ALL
  SELECT d.tenant_id, ${VN_DAY('d.finished_at')}, d.receiving_branch_id,
         coalesce(d.competent_agency_code, ''), d.procedure_code, d.field_code, d.channel,
         0, 0,
         sign * (r AND d.finished_at <= dl AND ${VN_DAY('d.finished_at')} < ${VN_DAY('dl')})::int,
         sign * (r AND d.finished_at <= dl AND ${VN_DAY('d.finished_at')} = ${VN_DAY('dl')})::int,
         sign * (r AND d.finished_at > dl)::int,
         sign * CASE WHEN r THEN floor(extract(epoch FROM d.finished_at
                  - coalesce(d.accepted_at, d.received_at)) / 60)::bigint ELSE 0 END,
         sign * (d.status IN ('REFUSED', 'WITHDRAWN', 'STOPPED'))::int,
         sign * (r AND d.rating IS NOT NULL)::int,
         sign * (r AND coalesce(d.rating, 0) >= 4)::int
    FROM (SELECT d.status IN ('RESULT_READY', 'RETURNED') AS r,
                 coalesce(d.original_due_at, d.due_at) AS dl) f
   WHERE d.id IS NOT NULL AND d.finished_at IS NOT NULL
$$`;

/** Adds the new row's contributions and takes back the old row's, in key order (no deadlocks). */
const APPLY_FUNCTION = `
CREATE FUNCTION "reception"."report_day_apply"(old_row "reception"."dossier",
  new_row "reception"."dossier") RETURNS void LANGUAGE sql AS $$${REPORT_DAY_APPLY}
$$`;

const DOSSIER_TRIGGER_FUNCTION = `
CREATE FUNCTION "reception"."report_day_dossier_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "reception"."report_day_apply"(NULL, NEW);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "reception"."report_day_apply"(OLD, NEW);
  ELSE
    PERFORM "reception"."report_day_apply"(OLD, NULL);
  END IF;
  RETURN NULL;
END $$`;

/** Only the columns the contributions read: other updates (notices, mirrors) cost nothing. */
const WATCHED = [
  'tenant_id',
  'received_at',
  'accepted_at',
  'finished_at',
  'due_at',
  'original_due_at',
  'status',
  'rating',
  'channel',
  'receiving_branch_id',
  'competent_agency_code',
  'procedure_code',
  'field_code',
];

/**
 * A dossier counts as digitized while it holds a stored scan; `report_digitized` marks the ones
 * the aggregate counts, so each trigger run compares the marker with the attachments as they are
 * (several scans stored by one statement, or by two transactions, count once). The dossier row
 * is locked first: scans of one dossier are settled one transaction at a time.
 */
const ATTACHMENT_TRIGGER_FUNCTION = `
CREATE FUNCTION "reception"."report_day_attachment_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ref uuid;
  d "reception"."dossier";
  stored boolean;
  counted boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN ref := OLD.dossier_id; ELSE ref := NEW.dossier_id; END IF;
  SELECT * INTO d FROM "reception"."dossier" WHERE id = ref FOR UPDATE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  stored := EXISTS (SELECT 1 FROM "reception"."attachment" a
                     WHERE a.dossier_id = ref AND a.status = 'STORED');
  counted := EXISTS (SELECT 1 FROM "reception"."report_digitized" m WHERE m.dossier_id = ref);
  IF stored = counted THEN RETURN NULL; END IF;
  IF stored THEN
    INSERT INTO "reception"."report_digitized" (dossier_id, tenant_id) VALUES (ref, d.tenant_id);
  ELSE
    DELETE FROM "reception"."report_digitized" WHERE dossier_id = ref;
  END IF;
  INSERT INTO "reception"."dossier_report_day" AS t (${KEY}, digitized)
  VALUES (d.tenant_id, ${VN_DAY('d.received_at')}, d.receiving_branch_id,
          coalesce(d.competent_agency_code, ''), d.procedure_code, d.field_code, d.channel,
          CASE WHEN stored THEN 1 ELSE -1 END)
  ON CONFLICT (${KEY}) DO UPDATE SET digitized = t.digitized + excluded.digitized;
  RETURN NULL;
END $$`;

/** Recomputes the aggregate from the dossiers (one tenant, or all): `SELECT reception.report_day_rebuild()`. */
const REBUILD_FUNCTION = `
CREATE FUNCTION "reception"."report_day_rebuild"(only_tenant text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Dossier changes wait while it runs; the ones it does not see add their delta afterwards.
  LOCK TABLE "reception"."dossier_report_day" IN EXCLUSIVE MODE;
  LOCK TABLE "reception"."report_digitized" IN EXCLUSIVE MODE;
  DELETE FROM "reception"."report_digitized"
   WHERE only_tenant IS NULL OR tenant_id = only_tenant;
  INSERT INTO "reception"."report_digitized" (dossier_id, tenant_id)
  SELECT DISTINCT a.dossier_id, a.tenant_id FROM "reception"."attachment" a
   WHERE a.status = 'STORED' AND (only_tenant IS NULL OR a.tenant_id = only_tenant);
  DELETE FROM "reception"."dossier_report_day"
   WHERE only_tenant IS NULL OR tenant_id = only_tenant;
  INSERT INTO "reception"."dossier_report_day" (${KEY}, ${MEASURES.join(', ')})
  SELECT ${KEY.split(', ')
    .map((k) => `r.${k}`)
    .join(', ')}, ${MEASURES.map((m) => `sum(r.${m})`).join(', ')}
    FROM "reception"."dossier" d, LATERAL "reception"."report_day_rows"(d, 1) r
   WHERE only_tenant IS NULL OR d.tenant_id = only_tenant
   GROUP BY ${KEY.split(', ')
     .map((k) => `r.${k}`)
     .join(', ')};
END $$`;

/**
 * The report aggregate (docs/reports.md): the table and the index are generated from the
 * entities; the triggers that keep the table in step with `dossier` and `attachment` in the same
 * transaction, its row-level security and the backfill are written by hand (below).
 */
export class ReportAggregate1795334874978 implements MigrationInterface {
  name = 'ReportAggregate1795334874978';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reception"."dossier_report_day" ("tenant_id" text NOT NULL, "day" date NOT NULL, "branch_id" text NOT NULL, "agency_code" text NOT NULL, "procedure_code" text NOT NULL, "field_code" text NOT NULL, "channel" text NOT NULL, "received" integer NOT NULL DEFAULT \'0\', "digitized" integer NOT NULL DEFAULT \'0\', "finished_early" integer NOT NULL DEFAULT \'0\', "finished_on_time" integer NOT NULL DEFAULT \'0\', "finished_late" integer NOT NULL DEFAULT \'0\', "processing_minutes" bigint NOT NULL DEFAULT \'0\', "closed_without_result" integer NOT NULL DEFAULT \'0\', "rated" integer NOT NULL DEFAULT \'0\', "satisfied" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_e74ebc53bbaee942b16a9550e0a" PRIMARY KEY ("tenant_id", "day", "branch_id", "agency_code", "procedure_code", "field_code", "channel"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_dossier_tenant_finished" ON "reception"."dossier"  ("tenant_id", "finished_at") ',
    );
    // Written by hand, no entity: only the triggers and the rebuild touch it.
    await queryRunner.query(
      `CREATE TABLE "reception"."report_digitized" ("dossier_id" uuid PRIMARY KEY,
       "tenant_id" text NOT NULL)`,
    );
    await queryRunner.query(ROWS_FUNCTION);
    await queryRunner.query(APPLY_FUNCTION);
    await queryRunner.query(DOSSIER_TRIGGER_FUNCTION);
    await queryRunner.query(ATTACHMENT_TRIGGER_FUNCTION);
    await queryRunner.query(REBUILD_FUNCTION);
    await queryRunner.query(
      `CREATE TRIGGER "report_day_insert_delete" AFTER INSERT OR DELETE ON "reception"."dossier"
       FOR EACH ROW EXECUTE FUNCTION "reception"."report_day_dossier_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "report_day_update" AFTER UPDATE ON "reception"."dossier" FOR EACH ROW
       WHEN (${WATCHED.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')})
       EXECUTE FUNCTION "reception"."report_day_dossier_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "report_day_digitized" AFTER INSERT OR UPDATE OF status OR DELETE
       ON "reception"."attachment" FOR EACH ROW
       EXECUTE FUNCTION "reception"."report_day_attachment_changed"()`,
    );
    // Tenant work maintains it through the triggers and reads it; as every tenant table.
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON "reception"."dossier_report_day" TO ${ROLE}`,
    );
    await queryRunner.query(
      'ALTER TABLE "reception"."dossier_report_day" ENABLE ROW LEVEL SECURITY',
    );
    await queryRunner.query(
      `CREATE POLICY "tenant_isolation" ON "reception"."dossier_report_day" TO ${ROLE}
       USING ("tenant_id" = ${TENANT}) WITH CHECK ("tenant_id" = ${TENANT})`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, DELETE ON "reception"."report_digitized" TO ${ROLE}`,
    );
    await queryRunner.query('ALTER TABLE "reception"."report_digitized" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY "tenant_isolation" ON "reception"."report_digitized" TO ${ROLE}
       USING ("tenant_id" = ${TENANT}) WITH CHECK ("tenant_id" = ${TENANT})`,
    );
    // The dossiers received before this migration.
    await queryRunner.query('SELECT "reception"."report_day_rebuild"()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "report_day_digitized" ON "reception"."attachment"');
    await queryRunner.query('DROP TRIGGER "report_day_update" ON "reception"."dossier"');
    await queryRunner.query('DROP TRIGGER "report_day_insert_delete" ON "reception"."dossier"');
    await queryRunner.query('DROP FUNCTION "reception"."report_day_rebuild"(text)');
    await queryRunner.query('DROP FUNCTION "reception"."report_day_attachment_changed"()');
    await queryRunner.query('DROP FUNCTION "reception"."report_day_dossier_changed"()');
    await queryRunner.query(
      'DROP FUNCTION "reception"."report_day_apply"("reception"."dossier", "reception"."dossier")',
    );
    await queryRunner.query(
      'DROP FUNCTION "reception"."report_day_rows"("reception"."dossier", int)',
    );
    await queryRunner.query('DROP TABLE "reception"."report_digitized"');
    await queryRunner.query('DROP POLICY "tenant_isolation" ON "reception"."dossier_report_day"');
    await queryRunner.query('DROP INDEX "reception"."ix_dossier_tenant_finished"');
    await queryRunner.query('DROP TABLE "reception"."dossier_report_day"');
  }
}
