import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface SeedProcedure {
  code: string;
  components?: { name: string; required?: boolean }[];
}

const SEED = join('services', 'catalog', 'src', 'seed', 'data', 'procedures.json');

let cache: Map<string, string[]> | undefined;

/** The repository root: the first ancestor holding the catalog's demo data (src or dist callers). */
function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SEED))) return dir;
    if (dirname(dir) === dir) throw new Error(`no ${SEED} above ${from}`);
  }
}

/**
 * The names of the required components of a demo procedure, as a complete counter submission
 * declares them (reception refuses a dossier missing one); empty for a code not in the demo data.
 */
export function demoRequiredComponents(procedureCode: string): string[] {
  cache ??= new Map(
    (
      JSON.parse(readFileSync(join(repositoryRoot(__dirname), SEED), 'utf8')) as SeedProcedure[]
    ).map((p) => [
      p.code,
      (p.components ?? []).filter((c) => c.required !== false).map((c) => c.name),
    ]),
  );
  // A code outside the demo catalog (a test of unknown procedures) declares nothing.
  return cache.get(procedureCode) ?? [];
}
