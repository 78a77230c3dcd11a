import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DEPLOYMENT_DOC = resolve(__dirname, '../../../../docs/deployment.md');

/**
 * The Secrets table of docs/deployment.md: rows `| \`name\` | \`key\`, \`key\` | … |` under the
 * heading "## Secrets", as name → keys.
 */
export function documentedSecrets(): Map<string, Set<string>> {
  const text = readFileSync(DEPLOYMENT_DOC, 'utf8');
  const start = text.indexOf('\n## Secrets');
  if (start < 0) throw new Error('docs/deployment.md has no "## Secrets" section');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const secrets = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4) continue;
    const name = /^`([a-z0-9-]+)`$/.exec(cells[1])?.[1];
    if (!name) continue;
    const keys = [...cells[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    secrets.set(name, new Set([...(secrets.get(name) ?? []), ...keys]));
  }
  return secrets;
}
