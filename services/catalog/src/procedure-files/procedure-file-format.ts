import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Procedure } from '@motcua/contracts';

/** A row of an import file with the line it came from, not yet validated. */
export interface FileRow {
  line: number;
  row: unknown;
}

/**
 * CSV columns, in order. Lists and nested values are JSON inside their cell. Columns are only
 * ever added at the end, each with a default: a file written before a column existed still imports.
 */
export const CSV_COLUMNS = [
  'code',
  'version',
  'status',
  'validFrom',
  'name',
  'fieldCode',
  'fieldName',
  'levels',
  'duration',
  'onlineDuration',
  'fees',
  'components',
  'resultType',
  'onlineLevel',
  'boundaryFreeScope',
  'legalBasis',
  'interAgencySteps',
  'jurisdictionBasis',
  'requiredAssuranceLevel',
] as const;
/** Whole-number cells: read as numbers when they are digits, else left for the catalog to report. */
const INTEGER_COLUMNS = new Set(['version', 'requiredAssuranceLevel']);
const JSON_COLUMNS = new Set([
  'levels',
  'duration',
  'onlineDuration',
  'fees',
  'components',
  'legalBasis',
  'interAgencySteps',
]);

export type FileFormat = 'csv' | 'json';

export function formatOf(path: string): FileFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.json$/i.test(path)) return 'json';
  throw new Error(`${path}: use a .csv or .json file`);
}

/**
 * Reads the rows of an import file. Cells that cannot be read (bad JSON in a nested column) are
 * passed on as text, so the catalog reports them against their row and column like any other error.
 */
export function parseProcedureFile(format: FileFormat, text: string): FileRow[] {
  if (format === 'json') {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data))
      throw new Error('a JSON import file holds an array of procedure rows');
    return data.map((row: unknown, i) => ({ line: i + 1, row }));
  }
  const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    info: true,
    trim: true,
  });
  return records.map(({ record, info }) => ({ line: info.lines, row: csvRecordToRow(record) }));
}

function csvRecordToRow(record: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === '') {
      row[column] = column === 'onlineDuration' || column === 'validFrom' ? null : undefined;
    } else if (JSON_COLUMNS.has(column)) {
      try {
        row[column] = JSON.parse(cell);
      } catch {
        row[column] = cell;
      }
    } else if (INTEGER_COLUMNS.has(column)) {
      row[column] = /^\d+$/.test(cell) ? Number(cell) : cell;
    } else {
      row[column] = cell;
    }
  }
  return row;
}

/** The import-row form of a stored version: what export writes and import reads back. */
export function toImportRow(p: Procedure): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return {
    code: p.code,
    version: p.version,
    status: p.status,
    validFrom: p.validFrom,
    name: p.name,
    fieldCode: p.fieldCode,
    fieldName: p.fieldName,
    levels: p.levels,
    duration: p.duration,
    onlineDuration: p.onlineDuration,
    fees: p.fees,
    components: p.components,
    resultType: p.resultType,
    onlineLevel: p.onlineLevel,
    boundaryFreeScope: p.boundaryFreeScope,
    legalBasis: p.legalBasis,
    interAgencySteps: p.interAgencySteps,
    jurisdictionBasis: p.jurisdictionBasis,
    requiredAssuranceLevel: p.requiredAssuranceLevel,
  };
}

export function formatProcedureFile(format: FileFormat, procedures: Procedure[]): string {
  const rows = procedures.map(toImportRow);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  return stringify(
    rows.map((r) =>
      CSV_COLUMNS.map((c) =>
        r[c] === null
          ? ''
          : JSON_COLUMNS.has(c)
            ? JSON.stringify(r[c])
            : String(r[c] as string | number),
      ),
    ),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
