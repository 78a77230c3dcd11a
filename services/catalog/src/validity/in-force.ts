/** Something valid from a first day to a last day (null: still in force), both `YYYY-MM-DD`. */
export interface EffectiveDated {
  validFrom: string;
  validTo: string | null;
}

/** Whether a record is in force on a day; ISO dates compare as strings. */
export function inForceOn(record: EffectiveDated, day: string): boolean {
  return record.validFrom <= day && (record.validTo === null || record.validTo >= day);
}

/** The same test in SQL, for a query alias with `valid_from`/`valid_to` and a `:day` parameter. */
export function inForceSql(alias: string): string {
  return `${alias}.valid_from <= :day AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= :day)`;
}
