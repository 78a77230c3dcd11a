import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';

/** A dependency the platform cannot run without is missing; the message says which and how to fix it. */
export class PreflightError extends Error {
  override name = 'PreflightError';
}

/** Checks PostgreSQL answers at `databaseUrl` and creates the database when it does not exist yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new PreflightError(
      `DATABASE_URL names an unusual database "${name}": use letters, digits and _`,
    );
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    throw new PreflightError(
      `PostgreSQL is not reachable at ${target.host} (${(err as Error).message}).\n` +
        `  Start it (e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_URL.`,
    );
  }
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Checks NATS answers at `natsUrl` with JetStream enabled. */
export async function checkNats(natsUrl: string): Promise<void> {
  let nc;
  try {
    nc = await connect({ servers: natsUrl.split(','), timeout: 3000, reconnect: false });
  } catch (err) {
    throw new PreflightError(
      `NATS is not reachable at ${natsUrl} (${(err as Error).message}).\n` +
        `  Start it with JetStream (e.g. nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server) or set NATS_URL.`,
    );
  }
  try {
    const jsm = await jetstreamManager(nc, { timeout: 3000 });
    await jsm.getAccountInfo();
  } catch (err) {
    throw new PreflightError(
      `NATS at ${natsUrl} has no JetStream (${(err as Error).message}): start nats-server with -js.`,
    );
  } finally {
    await nc.close();
  }
}
