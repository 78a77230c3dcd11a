import { Client } from 'pg';
import { PreflightError, checkNats, ensureDatabase } from '@motcua/devstack';
import { TEST_NATS_URL, TEST_POSTGRES_URL, freePort } from '@motcua/testing';

describe('preflight', () => {
  it('names PostgreSQL when it is not reachable', async () => {
    const port = await freePort();
    await expect(ensureDatabase(`postgres://postgres@127.0.0.1:${port}/motcua`)).rejects.toThrow(
      PreflightError,
    );
    await expect(ensureDatabase(`postgres://postgres@127.0.0.1:${port}/motcua`)).rejects.toThrow(
      /PostgreSQL is not reachable/,
    );
  });

  it('names NATS when it is not reachable', async () => {
    const port = await freePort();
    await expect(checkNats(`nats://127.0.0.1:${port}`)).rejects.toThrow(/NATS is not reachable/);
  });

  it('passes against the running NATS with JetStream', async () => {
    await expect(checkNats(TEST_NATS_URL)).resolves.toBeUndefined();
  });

  it('creates the database once and leaves it on the second call', async () => {
    const name = `motcua_preflight_${process.pid}`;
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    await ensureDatabase(url.toString());
    await ensureDatabase(url.toString());
    const admin = new Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(found.rowCount).toBe(1);
      await admin.query(`DROP DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
  });
});
