import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Actor, ImportResult } from '@motcua/contracts';
import type { RpcClient } from '@motcua/platform';
import { formatOf, parseProcedureFile } from './procedure-file-format';

/** Who the import acts as: a system job with the tenant administrator's rights. */
export const IMPORT_ACTOR: Actor = {
  kind: 'SYSTEM',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'catalog-import',
  roles: ['TENANT_ADMIN'],
};

export interface ImportProgress {
  start(total: number, done: number): void;
  advance(done: number): void;
  stop(): void;
}

export interface ImportFileOptions {
  rpc: RpcClient;
  tenant: string;
  file: string;
  batchSize?: number;
  progress?: ImportProgress;
  /** Ignore an earlier checkpoint and start at the first row. */
  fresh?: boolean;
  /** Stop after this many batches (as an interrupted run would). */
  maxBatches?: number;
}

export interface ImportSummary {
  total: number;
  /** Rows sent in this run (after a resumed checkpoint). */
  sent: number;
  results: ImportResult[];
  finished: boolean;
}

interface Checkpoint {
  fileSha256: string;
  tenant: string;
  nextIndex: number;
}

/** The checkpoint beside the file: resuming continues after the last batch the catalog answered. */
export function checkpointPath(file: string, tenant: string): string {
  return `${file}.${tenant}.import-progress.json`;
}

/**
 * Sends a file's rows to the catalog in batches. After each answered batch it records how far it
 * got, so a run that stops (Ctrl+C, lost connection) resumes where it left off; rows are upserted
 * by (code, version), so a batch sent twice changes nothing.
 */
export async function importProcedureFile(options: ImportFileOptions): Promise<ImportSummary> {
  const text = readFileSync(options.file, 'utf8');
  const rows = parseProcedureFile(formatOf(options.file), text);
  const fileSha256 = createHash('sha256').update(text).digest('hex');
  const checkpointFile = checkpointPath(options.file, options.tenant);
  let start = 0;
  if (!options.fresh && existsSync(checkpointFile)) {
    const checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as Checkpoint;
    if (checkpoint.fileSha256 === fileSha256 && checkpoint.tenant === options.tenant)
      start = checkpoint.nextIndex;
  }
  const batchSize = options.batchSize ?? 100;
  const results: ImportResult[] = [];
  options.progress?.start(rows.length, start);
  let index = start;
  let batches = 0;
  try {
    while (index < rows.length) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) break;
      const batch = rows.slice(index, index + batchSize);
      const answer = await options.rpc.request(
        'catalog.procedure.import.v1',
        { rows: batch },
        { tenant: options.tenant, actor: IMPORT_ACTOR, timeoutMs: 60_000 },
      );
      results.push(...answer.results);
      index += batch.length;
      batches += 1;
      writeFileSync(
        checkpointFile,
        JSON.stringify({
          fileSha256,
          tenant: options.tenant,
          nextIndex: index,
        } satisfies Checkpoint),
      );
      options.progress?.advance(index);
    }
  } finally {
    options.progress?.stop();
  }
  const finished = index >= rows.length;
  if (finished) rmSync(checkpointFile, { force: true });
  return { total: rows.length, sent: index - start, results, finished };
}
