import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { transformFileSync } from '@swc/core';

/**
 * Compiles a TypeScript fixture (a small program a test runs as a child process) next to itself
 * under `.compiled/`, so its `@motcua/*` imports resolve to the built libraries.
 */
export function compileFixture(tsPath: string): string {
  const out = join(dirname(tsPath), '.compiled', basename(tsPath).replace(/\.ts$/, '.js'));
  const { code } = transformFileSync(tsPath, {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  return out;
}
