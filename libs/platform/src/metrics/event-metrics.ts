import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { CLOUDEVENT_TYPE_PREFIX } from '@motcua/contracts';
import { DURATION_BUCKETS_SECONDS, secondsSince } from './service-registry';

type EventLabel = 'consumer' | 'type' | 'outcome';

/**
 * What happened to a consumed event: `ok` (applied, or skipped as a redelivery), `retry` (failed,
 * redelivered later) or `dead_letter` (given up). `type` is the contract's event type, or
 * `unknown` when the message did not parse.
 */
export type EventOutcome = 'ok' | 'retry' | 'dead_letter';

/** RED metrics of the durable event consumers. */
@Injectable()
export class EventMetrics {
  private readonly handled: Counter<EventLabel>;
  private readonly duration: Histogram<EventLabel>;

  constructor(registry: Registry) {
    this.handled = new Counter({
      name: 'motcua_events_handled_total',
      help: 'Events handled by a durable consumer, by consumer, event type and outcome',
      labelNames: ['consumer', 'type', 'outcome'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'motcua_event_handling_duration_seconds',
      help: 'Time to apply one event (its transaction included), by consumer, type and outcome',
      labelNames: ['consumer', 'type', 'outcome'] as const,
      buckets: DURATION_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  /** Starts timing one delivery to `consumer`; call the result once with its type and outcome. */
  start(consumer: string): (type: string, outcome: EventOutcome) => void {
    const started = process.hrtime.bigint();
    return (type, outcome) => {
      // The contract's name (dossier.received.v1), not the CloudEvents type it is prefixed into.
      const name = type.startsWith(CLOUDEVENT_TYPE_PREFIX)
        ? type.slice(CLOUDEVENT_TYPE_PREFIX.length)
        : type;
      const labels = { consumer, type: name, outcome };
      this.handled.inc(labels);
      this.duration.observe(labels, secondsSince(started));
    };
  }
}
