import { openServiceDataSource, pendingSchemaChanges } from '@motcua/platform';
import { createTestDatabase, type TestDatabase } from '@motcua/testing';
import { EffectEntity, FixtureSchema1700000000000 } from './fixtures/fixture.module';

describe('migrations on start', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('migrates once when several replicas start together, creating the schema first', async () => {
    const options = {
      url: db.url,
      schema: 'fixture',
      entities: [EffectEntity],
      migrations: [FixtureSchema1700000000000],
    };
    const replicas = await Promise.all([1, 2, 3].map(() => openServiceDataSource(options)));
    try {
      const applied = await replicas[0].query<{ name: string }[]>(
        'SELECT name FROM fixture.migrations',
      );
      expect(applied.map((m) => m.name)).toEqual(['FixtureSchema1700000000000']);
      expect(await pendingSchemaChanges(replicas[0])).toEqual([]);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
    }
  });
});
