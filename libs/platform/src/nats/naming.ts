import {
  aggregateOf,
  eventSubject,
  type Aggregate,
  type EventType,
  type RpcSubject,
} from '@motcua/contracts';

/**
 * Subject and stream names, with the optional prefix that isolates a test run
 * (`t1a2b.reception.dossier.submit.v1`, stream `T1A2B_DOSSIER`).
 */
export class Naming {
  constructor(readonly prefix: string = '') {}

  rpc(subject: RpcSubject): string {
    return `${this.prefix}${subject}`;
  }

  event(tenant: string, type: EventType): string {
    return `${this.prefix}${eventSubject(tenant, type)}`;
  }

  /** Every tenant's events of one type: `evt.*.dossier.received.v1`. */
  eventAllTenants(type: EventType): string {
    return `${this.prefix}evt.*.${type}`;
  }

  aggregateSubjects(aggregate: Aggregate): string {
    return `${this.prefix}evt.*.${aggregate}.>`;
  }

  stream(aggregateOrType: Aggregate | EventType): string {
    const aggregate = aggregateOrType.includes('.')
      ? aggregateOf(aggregateOrType as EventType)
      : aggregateOrType;
    return `${this.prefix.replace(/\.$/, '_')}${aggregate}`.toUpperCase();
  }

  durable(name: string): string {
    return `${this.prefix.replace(/\.$/, '_')}${name}`;
  }
}
