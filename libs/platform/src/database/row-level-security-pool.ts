import { Pool, type PoolClient } from 'pg';
import { databaseScope, type DatabaseScope } from './database-scope';

/** The PostgreSQL role tenant work runs as, and the setting its policies read the tenant from. */
export interface RowLevelSecurityOptions {
  /** A NOLOGIN role, neither superuser nor table owner (both bypass row-level security). */
  role: string;
  /** Custom setting holding the tenant, e.g. `motcua.tenant`. */
  setting: string;
}

type Release = (err?: Error | boolean) => void;
type ConnectCallback = (
  err: Error | undefined,
  client: PoolClient | undefined,
  release: Release,
) => void;

// One round trip: the role and the tenant, as session settings of the checked-out connection.
const APPLY = 'SELECT set_config($1, $2, false), set_config($3, $4, false)';

/**
 * A `pg` pool class whose connections act for the database scope of the code checking them out
 * (see `databaseScope`): tenant work as `options.role` with the tenant setting, system work as
 * the login user (`role` = none) with an empty tenant.
 *
 * TypeORM's postgres driver takes the `pg` module as its `driver` option and builds its pool with
 * `new driver.Pool(...)`; every query runner checks out through `Pool.connect`, called
 * synchronously in the caller's async context, so the scope is read there (a waiter queued inside
 * pg-pool is resumed from another context). `row-level-security.int-spec.ts` in reception fails
 * if an upgrade of TypeORM or pg stops going through this.
 */
function rowLevelSecurityPool(options: RowLevelSecurityOptions): typeof Pool {
  return class RowLevelSecurityPool extends Pool {
    /** What each connection is known to act for, to skip the statement when unchanged. */
    readonly #applied = new WeakMap<PoolClient, string>();

    override connect(): Promise<PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<PoolClient> | void {
      const checkout = this.#checkout(databaseScope());
      if (!callback) return checkout;
      checkout.then(
        (client) => callback(undefined, client, (err) => client.release(err)),
        (err: Error) => callback(err, undefined, () => undefined),
      );
    }

    async #checkout(scope: DatabaseScope): Promise<PoolClient> {
      const role = scope.kind === 'tenant' ? options.role : 'none';
      const tenant = scope.kind === 'tenant' ? (scope.tenant ?? '') : '';
      const state = `${role}\u0000${tenant}`;
      for (;;) {
        const client = await super.connect();
        // A connection handed back inside a transaction (a bug elsewhere) could roll these
        // session settings back later: never reuse one.
        const status = client.getTransactionStatus();
        if (status !== 'I' && status !== null) {
          client.release(new Error(`connection returned to the pool in transaction (${status})`));
          continue;
        }
        if (this.#applied.get(client) === state) return client;
        this.#applied.delete(client);
        try {
          await client.query(APPLY, ['role', role, options.setting, tenant]);
        } catch (err) {
          client.release(err instanceof Error ? err : new Error(String(err)));
          throw err;
        }
        this.#applied.set(client, state);
        return client;
      }
    }
  };
}

/**
 * The `pg` module as TypeORM's postgres driver sees it (its `driver` option), with a pool that
 * enforces row-level security. TypeORM reads `Pool` from it, and `defaults` and `native` only
 * behind guards: without `native`, pg-native is never swapped in.
 */
export class RowLevelSecurityDriver {
  readonly Pool: typeof Pool;

  constructor(readonly options: RowLevelSecurityOptions) {
    this.Pool = rowLevelSecurityPool(options);
  }
}
