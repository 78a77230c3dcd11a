// Import or export a tenant's procedure list (CSV or JSON), talking to the running catalog:
//   npm run catalog:import -- --tenant hanoi --file procedures.csv [--batch 100] [--fresh]
//   npm run catalog:export -- --tenant hanoi --file procedures.json
// NATS_URL and MOTCUA_SUBJECT_PREFIX locate the platform, as for the services.
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { connectCliRpc } from './nats-rpc';
import { exportProcedureFile } from '../procedure-files/procedure-export-runner';
import {
  importProcedureFile,
  type ImportProgress,
} from '../procedure-files/procedure-import-runner';

function progressBar(): ImportProgress {
  if (!process.stderr.isTTY) {
    return {
      start: (total, done) =>
        process.stderr.write(`importing ${total} rows (from row ${done + 1})\n`),
      advance: () => undefined,
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { format: 'importing [{bar}] {value}/{total} rows', stream: process.stderr },
    Presets.shades_classic,
  );
  return {
    start: (total, done) => bar.start(total, done),
    advance: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

async function main(): Promise<number> {
  const [command] = process.argv.slice(2);
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      tenant: { type: 'string' },
      file: { type: 'string' },
      batch: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  if ((command !== 'import' && command !== 'export') || !values.tenant || !values.file) {
    process.stderr.write(
      'usage: procedures (import|export) --tenant <slug> --file <path.csv|path.json> [--batch N] [--fresh]\n',
    );
    return 2;
  }
  const { rpc, nc } = await connectCliRpc('catalog-cli');
  try {
    if (command === 'export') {
      const count = await exportProcedureFile({ rpc, tenant: values.tenant, file: values.file });
      process.stdout.write(`exported ${count} procedure versions to ${values.file}\n`);
      return 0;
    }
    const summary = await importProcedureFile({
      rpc,
      tenant: values.tenant,
      file: values.file,
      batchSize: values.batch ? Number(values.batch) : undefined,
      fresh: values.fresh,
      progress: progressBar(),
    });
    const count = (outcome: string) => summary.results.filter((r) => r.outcome === outcome).length;
    for (const r of summary.results.filter((x) => x.outcome === 'INVALID')) {
      for (const e of r.errors)
        process.stdout.write(
          `line ${r.line}${r.code ? ` (${r.code})` : ''}: ${e.path}: ${e.message}\n`,
        );
    }
    process.stdout.write(
      `${summary.total} rows, ${summary.sent} sent in this run: ${count('CREATED')} created, ${count('UPDATED')} updated, ${count('UNCHANGED')} unchanged, ${count('INVALID')} invalid\n`,
    );
    return count('INVALID') ? 1 : 0;
  } finally {
    await nc.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`procedures: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
