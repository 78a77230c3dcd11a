#!/usr/bin/env node
// `npm run migrate`: applies every service's pending migrations (each under its advisory lock)
// without starting the services. Services also migrate on start; this is for release pipelines.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { openServiceDataSource } = require(resolve(root, 'libs/platform/dist/index.js'));
const { ensureDatabase } = require(resolve(root, 'libs/devstack/dist/preflight.js'));
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua';

await ensureDatabase(url);
for (const service of ['catalog', 'identity', 'reception', 'routing', 'notification']) {
  const database = Object.values(
    require(resolve(root, 'services', service, 'dist', 'database.js')),
  ).find((v) => v && typeof v === 'object' && 'schema' in v && 'entities' in v);
  const ds = await openServiceDataSource({ url, ...database });
  const pending = await ds.showMigrations();
  console.log(
    `${service}: schema "${database.schema}" up to date${pending ? ' (pending migrations remain!)' : ''}`,
  );
  await ds.destroy();
}
