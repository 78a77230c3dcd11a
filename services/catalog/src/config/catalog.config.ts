import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';

export const catalogEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3101),
});
/** Injection token of the validated config. */
export const CATALOG_CONFIG = Symbol('CATALOG_CONFIG');
export type CatalogConfig = ReturnType<typeof loadCatalogConfig>;

export function loadCatalogConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig('catalog', catalogEnvSchema, source);
}
