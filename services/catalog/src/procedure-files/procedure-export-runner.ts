import { writeFileSync } from 'node:fs';
import type { Procedure } from '@motcua/contracts';
import type { RpcClient } from '@motcua/platform';
import { formatOf, formatProcedureFile } from './procedure-file-format';
import { IMPORT_ACTOR } from './procedure-import-runner';

/** Writes every version of a tenant's procedures to a CSV or JSON file that import reads back. */
export async function exportProcedureFile(options: {
  rpc: RpcClient;
  tenant: string;
  file: string;
}): Promise<number> {
  const all: Procedure[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await options.rpc.request(
      'catalog.procedure.export.v1',
      { first: 500, after },
      { tenant: options.tenant, actor: IMPORT_ACTOR, timeoutMs: 60_000 },
    );
    all.push(...page.items);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  writeFileSync(options.file, formatProcedureFile(formatOf(options.file), all));
  return all.length;
}
