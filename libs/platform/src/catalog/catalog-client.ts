import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  parseCloudEvent,
  type Agency,
  type AdministrativeUnit,
  type Branch,
  type CatalogChanged,
  type Procedure,
  type RpcRequest,
  type RpcResponse,
  type WorkingCalendar,
} from '@motcua/contracts';
import { Clock } from '../clock/clock';
import { StreamProvisioner } from '../events/stream-provisioner';
import { Naming } from '../nats/naming';
import { RpcClient } from '../rpc/rpc-client';
import { NATS_CONNECTION } from '../platform.tokens';

const TTL_MS = 5 * 60_000;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/**
 * Catalog reference data for other services, cached per tenant and dropped when the catalog
 * announces a change (`catalog.changed.v1`, read by an ordered consumer on every replica). The
 * TTL is only a backstop for a missed event.
 */
@Injectable()
export class CatalogClient implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CatalogClient.name);
  private readonly cache = new Map<string, Entry>();
  private messages?: ConsumerMessages;

  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    private readonly naming: Naming,
    private readonly streams: StreamProvisioner,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.streams.ensure();
    const consumer = await jetstream(this.nc).consumers.get(this.naming.stream('catalog'), {
      filter_subjects: this.naming.eventAllTenants('catalog.changed.v1'),
      deliver_policy: DeliverPolicy.New,
    });
    this.messages = await consumer.consume();
    void (async () => {
      for await (const msg of this.messages!) {
        try {
          const { event } = parseCloudEvent(msg.json<unknown>());
          this.invalidate(event.tenant, event.data as CatalogChanged);
        } catch (err) {
          this.logger.warn(`ignored a malformed catalog event: ${String(err)}`);
        }
      }
    })();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messages?.close();
  }

  getProcedure(tenant: string, code: string): Promise<Procedure> {
    return this.cached(`${tenant}|procedure|${code}`, () =>
      this.rpc.request('catalog.procedure.get.v1', { code }, { tenant }),
    );
  }

  getBranch(tenant: string, id: string): Promise<Branch> {
    return this.cached(`${tenant}|branch|${id}`, () =>
      this.rpc.request('catalog.branch.get.v1', { id }, { tenant }),
    );
  }

  getUnit(tenant: string, code: string): Promise<AdministrativeUnit> {
    return this.cached(`${tenant}|unit|${code}`, () =>
      this.rpc.request('catalog.unit.get.v1', { code }, { tenant }),
    );
  }

  /**
   * The served tenant holding a unit in force on `asOf` (today when absent). Not cached: it is
   * asked only for a unit outside the caller's tenant, and a change in any tenant could move it.
   */
  locateUnit(code: string, asOf?: string): Promise<RpcResponse<'catalog.unit.locate.v1'>> {
    return this.rpc.request('catalog.unit.locate.v1', asOf ? { code, asOf } : { code });
  }

  getCalendar(tenant: string): Promise<WorkingCalendar> {
    return this.cached(`${tenant}|calendar|`, () =>
      this.rpc.request('catalog.calendar.get.v1', {}, { tenant }),
    );
  }

  async listAgencies(
    tenant: string,
    query: RpcRequest<'catalog.agency.list.v1'>,
  ): Promise<Agency[]> {
    const key = `${tenant}|agency|${JSON.stringify(query)}`;
    const result = await this.cached(key, () =>
      this.rpc.request('catalog.agency.list.v1', query, { tenant }),
    );
    return result.agencies;
  }

  /** Drops cached entries named by a change; an empty key list drops the whole entity. */
  invalidate(tenant: string, change: CatalogChanged): void {
    const prefix = `${tenant}|${change.entity}|`;
    for (const key of this.cache.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      if (!change.keys.length || change.entity === 'agency' || change.keys.includes(rest))
        this.cache.delete(key);
    }
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
    const value = load();
    this.cache.set(key, { value, expiresAt: now + TTL_MS });
    // Failures are not cached: the next call asks again.
    value.catch(() => this.cache.delete(key));
    return value;
  }
}
