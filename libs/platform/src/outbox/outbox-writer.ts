import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  CLOUDEVENT_TYPE_PREFIX,
  EVENTS,
  type CloudEvent,
  type EventData,
  type EventType,
} from '@motcua/contracts';
import { Clock } from '../clock/clock';
import { OutboxEntity } from '../database/platform-entities';
import { Naming } from '../nats/naming';
import { PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { traceparentOf } from '../telemetry/trace-context';

export interface AppendOptions {
  tenant: string;
  /** CloudEvents `subject`: the aggregate instance, e.g. the dossier code. */
  subject?: string;
  /** The span that caused the event, when it is not the active one. */
  traceparent?: string;
}

/** An event ready for the outbox: its envelope, NATS subject and the relay's NOTIFY channel. */
export interface PreparedEvent<T extends EventType = EventType> {
  event: CloudEvent<T>;
  subject: string;
  channel: string;
}

/** NOTIFY channel the relay listens on; NOTIFY is delivered only when the transaction commits. */
export function outboxChannel(schema: string): string {
  return `motcua_outbox_${schema}`;
}

/**
 * Records a domain event in the outbox inside the caller's transaction, so the event exists if
 * and only if the state change does. The relay publishes it to JetStream.
 */
@Injectable()
export class OutboxWriter {
  constructor(
    private readonly naming: Naming,
    private readonly clock: Clock,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
  ) {}

  append<T extends EventType>(
    manager: EntityManager,
    type: T,
    data: EventData<T>,
    options: AppendOptions,
  ): Promise<CloudEvent<T>> {
    return this.write(manager, this.prepare(type, data, options));
  }

  /** Writes a prepared outbox row in the caller's transaction; the relay wakes at its commit. */
  async write<T extends EventType>(
    manager: EntityManager,
    row: PreparedEvent<T>,
  ): Promise<CloudEvent<T>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside the transaction of the state change');
    }
    const table = manager.connection.getMetadata(OutboxEntity).tablePath;
    await manager.query(`INSERT INTO ${table} (event_id, subject, envelope) VALUES ($1, $2, $3)`, [
      row.event.id,
      row.subject,
      JSON.stringify(row.event),
    ]);
    await manager.query('SELECT pg_notify($1, $2)', [row.channel, '']);
    return row.event;
  }

  /**
   * The outbox row of an event (validated envelope, NATS subject) and the NOTIFY channel, for a
   * caller that writes them in one statement with its state change (insert the row and call
   * `pg_notify(channel, '')` in the same transaction, as `write` does).
   */
  prepare<T extends EventType>(
    type: T,
    data: EventData<T>,
    options: AppendOptions,
  ): PreparedEvent<T> {
    const event: CloudEvent<T> = {
      specversion: '1.0',
      id: randomUUID(),
      source: `/motcua/${this.options.serviceName}`,
      type: `${CLOUDEVENT_TYPE_PREFIX}${type}`,
      time: this.clock.now().toISOString(),
      datacontenttype: 'application/json',
      tenant: options.tenant,
      // The active span (the request or event handler), so consumers continue its trace.
      traceparent: options.traceparent ?? traceparentOf(),
      data: EVENTS[type].parse(data) as EventData<T>,
      ...(options.subject ? { subject: options.subject } : {}),
    };
    return {
      event,
      subject: this.naming.event(options.tenant, type),
      channel: outboxChannel(this.options.databaseSchema ?? 'public'),
    };
  }
}
