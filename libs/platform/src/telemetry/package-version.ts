import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version in the package.json beside a service's `dist/` (its release, for `service.version`);
 * undefined when it cannot be read, which only leaves the attribute out.
 */
export function packageVersion(distDir: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
