import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { SpanKind, context, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Header,
  aggregateOf,
  parseCloudEvent,
  type CloudEvent,
  type EventType,
} from '@motcua/contracts';
import { requestContext } from '../context/request-context';
import { asSystem } from '../database/database-scope';
import { DeadLetterEntity, ProcessedEventEntity } from '../database/platform-entities';
import { DecoratedMethodExplorer } from '../discovery/decorated-methods';
import { ConsumerLagCollector } from '../metrics/consumer-lag.collector';
import { EventMetrics } from '../metrics/event-metrics';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { eventTypeName, natsSpanAttributes } from '../telemetry/messaging-spans';
import { recordFailure, serviceTracer } from '../telemetry/service-tracer';
import { SpanAttribute } from '../telemetry/span-attributes';
import { contextOfTraceparent } from '../telemetry/trace-context';
import { EVENT_HANDLER_METADATA, type EventHandlerOptions } from './event-handler.decorator';
import { StreamProvisioner } from './stream-provisioner';

type BoundEventHandler = (event: CloudEvent, manager: EntityManager) => Promise<void>;

/** Told about every outcome; for metrics, and for tests that crash a consumer at a chosen point. */
export abstract class ConsumerObserver {
  /** After the effect committed, before the ack. */
  abstract committed(consumer: string, event: CloudEvent): void;
}
export const CONSUMER_OBSERVER = Symbol('CONSUMER_OBSERVER');

const SECOND_NS = 1_000_000_000;
const DEFAULT_MAX_DELIVER = 8;

/** Backoff before redelivering a failed event: 1 s, 2 s, 4 s ... capped at one minute. */
export function redeliveryDelayMs(deliveryCount: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, deliveryCount - 1));
}

/**
 * Runs every `@EventHandler` as a durable pull consumer with explicit acks. Each event is applied
 * in one transaction together with its `processed_event` row, then acked: a crash before the
 * commit redelivers and re-applies, a crash after it redelivers and skips. Failing events are
 * retried with backoff up to `maxDeliver`, then recorded in `dead_letter` and terminated.
 */
@Injectable()
export class EventConsumerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventConsumerHost.name);
  private readonly running: { messages: ConsumerMessages; loop: Promise<void> }[] = [];
  private stopping = false;
  private readonly tracer: Tracer;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
    private readonly naming: Naming,
    private readonly dataSource: DataSource,
    private readonly streams: StreamProvisioner,
    private readonly explorer: DecoratedMethodExplorer,
    private readonly metrics: EventMetrics,
    private readonly lag: ConsumerLagCollector,
    @Optional() @Inject(CONSUMER_OBSERVER) private readonly observer?: ConsumerObserver,
  ) {
    this.tracer = serviceTracer(options.serviceName);
  }

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.explorer
      .find<EventHandlerOptions<EventType>>(EVENT_HANDLER_METADATA)
      .map(({ metadata, fn }) => ({ options: metadata, fn: fn as BoundEventHandler }));
    if (!handlers.length) return;
    await this.streams.ensure();
    for (const handler of handlers) await this.start(handler.options, handler.fn);
  }

  private async start(
    options: EventHandlerOptions<EventType>,
    fn: BoundEventHandler,
  ): Promise<void> {
    const aggregates = new Set(options.types.map(aggregateOf));
    if (aggregates.size !== 1)
      throw new Error(`consumer ${options.name} mixes aggregates: ${[...aggregates].join(', ')}`);
    const stream = this.naming.stream(options.types[0]);
    const durable = this.naming.durable(`${this.options.serviceName}-${options.name}`);
    const maxDeliver = options.maxDeliver ?? DEFAULT_MAX_DELIVER;
    const jsm = await jetstreamManager(this.nc);
    const config = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      // One filter subject (NATS 2.9 has no filter_subjects): the exact type, or the aggregate.
      filter_subject:
        options.types.length === 1
          ? this.naming.eventAllTenants(options.types[0])
          : this.naming.aggregateSubjects(aggregateOf(options.types[0])),
      max_deliver: maxDeliver,
      ack_wait: 30 * SECOND_NS,
      max_ack_pending: 1000,
    };
    try {
      await jsm.consumers.info(stream, durable);
      await jsm.consumers.update(stream, durable, config);
    } catch {
      await jsm.consumers.add(stream, config);
    }
    const consumer = await jetstream(this.nc).consumers.get(stream, durable);
    const messages = await consumer.consume({ max_messages: 64 });
    const consumerName = `${this.options.serviceName}-${options.name}`;
    this.lag.watch(consumerName, stream, durable);
    const loop = (async () => {
      for await (const msg of messages) {
        await this.process(consumerName, maxDeliver, options.types, fn, msg);
      }
    })().catch((err: unknown) => {
      if (!this.stopping) this.logger.error(`consumer ${consumerName} stopped: ${String(err)}`);
    });
    this.running.push({ messages, loop });
    this.logger.log(`consuming ${config.filter_subject} as ${durable}`);
  }

  private async process(
    consumer: string,
    maxDeliver: number,
    types: readonly EventType[],
    fn: BoundEventHandler,
    msg: JsMsg,
  ): Promise<void> {
    const observed = this.metrics.start(consumer);
    let event: CloudEvent;
    try {
      const parsed = parseCloudEvent(msg.json<unknown>());
      if (!types.includes(parsed.type)) {
        msg.ack(); // another event of the same aggregate: not ours
        return;
      }
      event = parsed.event;
    } catch (err) {
      const recorded = await this.deadLetter(consumer, msg, null, err);
      observed('unknown', recorded ? 'dead_letter' : 'retry');
      if (recorded) msg.term('unparseable event');
      else msg.nak(redeliveryDelayMs(msg.info.deliveryCount));
      return;
    }
    // Handling, retries and their log lines join the trace of the request behind the event.
    const { parent, span } = this.consumerSpan(consumer, msg, event);
    await context.with(trace.setSpan(parent, span), async () => {
      try {
        const ctx = { tenant: event.tenant, dossierCode: event.subject };
        await requestContext.run(ctx, () =>
          this.dataSource.transaction(async (manager) => {
            const inserted = await manager
              .createQueryBuilder()
              .insert()
              .into(ProcessedEventEntity)
              .values({ consumer, eventId: event.id })
              .orIgnore()
              .returning(['eventId'])
              .execute();
            if (!(inserted.raw as unknown[]).length) return; // already applied: a redelivery
            await fn(event, manager);
          }),
        );
        this.observer?.committed(consumer, event);
        observed(event.type, 'ok');
        msg.ack();
      } catch (err) {
        recordFailure(span, err);
        const deliveries = msg.info.deliveryCount;
        if (deliveries >= maxDeliver) {
          this.logger.error(
            `consumer ${consumer} gives up on event ${event.id} after ${deliveries} deliveries: ${String(err)}`,
          );
          const recorded = await this.deadLetter(consumer, msg, event.id, err);
          observed(event.type, recorded ? 'dead_letter' : 'retry');
          if (recorded) msg.term('max deliveries reached');
          else msg.nak(redeliveryDelayMs(deliveries));
        } else {
          this.logger.warn(
            `consumer ${consumer} failed on event ${event.id} (delivery ${deliveries}): ${String(err)}`,
          );
          observed(event.type, 'retry');
          msg.nak(redeliveryDelayMs(deliveries));
        }
      }
    });
    span.end();
  }

  /** A CONSUMER span, child of the publication (header) or else of the writer (envelope). */
  private consumerSpan(
    consumer: string,
    msg: JsMsg,
    event: CloudEvent,
  ): { parent: Context; span: Span } {
    const parent = contextOfTraceparent(msg.headers?.get(Header.TraceParent) || event.traceparent);
    const span = this.tracer.startSpan(
      `process ${eventTypeName(event.type)}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          ...natsSpanAttributes({
            service: this.options.serviceName,
            destination: msg.subject,
            operation: 'process',
            tenant: event.tenant,
          }),
          [SpanAttribute.messagingConsumerGroup]: consumer,
          [SpanAttribute.messagingMessageId]: event.id,
          [SpanAttribute.messagingDeliveryCount]: msg.info.deliveryCount,
          ...(event.subject ? { [SpanAttribute.dossierCode]: event.subject } : {}),
        },
      },
      parent,
    );
    return { parent, span };
  }

  /**
   * Records a given-up event; false when even that failed (then it must stay in the stream).
   * System work: dead letters of every tenant share one table, outside row-level security.
   */
  private async deadLetter(
    consumer: string,
    msg: JsMsg,
    eventId: string | null,
    err: unknown,
  ): Promise<boolean> {
    return asSystem(() =>
      this.dataSource.getRepository(DeadLetterEntity).insert({
        consumer,
        subject: msg.subject,
        eventId,
        payload: msg.string(),
        error: err instanceof Error ? err.message : String(err),
        deliveries: msg.info.deliveryCount,
      }),
    ).then(
      () => true,
      (dlErr: unknown) => {
        this.logger.error(`consumer ${consumer} could not record a dead letter: ${String(dlErr)}`);
        return false;
      },
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // close() stops pulling and lets the current message finish; unacked ones are redelivered.
    await Promise.allSettled(
      this.running.map(async (r) => {
        await r.messages.close();
        await r.loop;
      }),
    );
  }
}
