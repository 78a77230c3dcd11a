import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GATEWAY_RESOLVERS } from './graphql/resolvers';

/** The committed SDL: services/gateway/schema.graphql (from src/ and from dist/ alike). */
export const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

/** The SDL the code defines, sorted, as the running gateway serves it. */
export async function generateSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(GATEWAY_RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

/** `node dist/generate-schema.js` writes the file; `--check` only fails when it is stale. */
async function main(): Promise<void> {
  const sdl = await generateSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      process.stderr.write(
        `${SCHEMA_FILE} is stale: run node services/gateway/dist/generate-schema.js\n`,
      );
      process.exit(1);
    }
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `generate-schema failed: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
    process.exit(1);
  });
}
