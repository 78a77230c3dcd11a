/** Anything that runs SQL: a TypeORM DataSource, or a pg client wrapped. */
export interface Queryable {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/** A pseudo-random 0..1 from the row number and a salt: the same data on every run. */
const rnd = (salt: string) => `((abs(hashtext(g::text || '${salt}')) % 10000) / 10000.0)`;

/**
 * Inserts `count` varied dossiers for `tenant` straight into the table (as the schema owner, the
 * report triggers fire as for any write): every status, channel and bucket, finished exactly at
 * the deadline, apologized, paused across instants, rated, unrouted. Received from `start` over
 * `spanDays` days.
 */
export async function insertSyntheticDossiers(
  ds: Queryable,
  tenant: string,
  count: number,
  start: Date,
  spanDays: number,
): Promise<void> {
  await ds.query(
    `INSERT INTO reception.dossier (id, tenant_id, code, idempotency_key, request_hash,
       procedure_code, procedure_version, procedure_name, field_code, level, channel, status,
       national_status_code, applicant_full_name, applicant_personal_id, applicant_phone,
       jurisdiction_unit_code, receiving_branch_id, receiving_branch_name, receiving_unit_code,
       receiving_agency_code, return_branch_id, return_branch_name, received_at, accepted_at,
       due_at, original_due_at, finished_at, pauses, rating, competent_agency_code, received_by,
       version)
     SELECT gen_random_uuid(), $1, 'SYN-' || g, 'syn-' || g, 'h', 'P' || (g % 7), 1, 'Thủ tục',
            'F' || (g % 3), 'PROVINCE', (ARRAY['COUNTER', 'ONLINE', 'POSTAL'])[1 + g % 3],
            status, 4, 'Nguyễn Văn A', '001090000001', '0900000000', 'U', 'B' || (g % 4),
            'Chi nhánh', 'U', 'A', 'B0', 'Chi nhánh', received_at, received_at, due_at,
            CASE WHEN g % 13 = 0 THEN due_at - interval '2 days' END,
            CASE WHEN status IN ('RESULT_READY', 'RETURNED', 'REFUSED', 'WITHDRAWN', 'STOPPED')
                 THEN CASE WHEN g % 17 = 0 THEN due_at ELSE received_at + (${rnd('f')} * interval '12 days') END END,
            CASE WHEN status = 'SUPPLEMENT_REQUESTED'
                   THEN jsonb_build_array(jsonb_build_object('from', received_at + interval '1 day', 'to', NULL, 'kind', 'SUPPLEMENT'))
                 WHEN g % 5 = 0
                   THEN jsonb_build_array(jsonb_build_object('from', received_at + interval '1 day', 'to', received_at + interval '3 days', 'kind', 'SUPPLEMENT'))
                 ELSE '[]'::jsonb END,
            CASE WHEN status = 'RETURNED' AND g % 3 <> 0 THEN 1 + g % 5 END,
            CASE WHEN g % 11 = 0 THEN NULL ELSE 'AG' || (g % 5) END, 'seed', 1
       FROM (SELECT g, received_at, received_at + (1 + ${rnd('d')} * 9) * interval '1 day' AS due_at,
                    CASE WHEN x < 0.35 THEN 'RESULT_READY' WHEN x < 0.55 THEN 'RETURNED'
                         WHEN x < 0.60 THEN 'REFUSED' WHEN x < 0.63 THEN 'WITHDRAWN'
                         WHEN x < 0.65 THEN 'STOPPED' WHEN x < 0.75 THEN 'SUPPLEMENT_REQUESTED'
                         WHEN x < 0.80 THEN 'RECEIVED' ELSE 'PROCESSING' END AS status
               FROM (SELECT g, ${rnd('s')} AS x,
                            $3::timestamptz + ${rnd('r')} * $4 * interval '1 day' AS received_at
                       FROM generate_series(1, $2) g) a) b`,
    [tenant, count, start, spanDays],
  );
}
