import { readFileSync } from 'node:fs';
import { generateSchemaSdl, SCHEMA_FILE } from './generate-schema';

describe('generateSchemaSdl', () => {
  it('matches the committed schema.graphql when the code has not drifted', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // On failure: node services/gateway/dist/generate-schema.js (after npx tsc -b services/gateway).
    expect(await generateSchemaSdl()).toBe(committed);
  });
});
