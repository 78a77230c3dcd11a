import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { SpanKind, context, trace, type Tracer } from '@opentelemetry/api';
import {
  DomainError,
  ErrorCode,
  RPC,
  validationError,
  type RpcErrorBody,
  type RpcSubject,
} from '@motcua/contracts';
import { requestContext } from '../context/request-context';
import { isConnectionLost } from '../database/connection-lost';
import { DecoratedMethodExplorer } from '../discovery/decorated-methods';
import { RpcMetrics } from '../metrics/rpc-metrics';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { natsSpanAttributes } from '../telemetry/messaging-spans';
import { recordFailure, recordRpcError, serviceTracer } from '../telemetry/service-tracer';
import { SpanAttribute } from '../telemetry/span-attributes';
import { contextOfTraceparent } from '../telemetry/trace-context';
import { fromHeaders, type RpcCallContext, type RpcReply } from './rpc-envelope';
import { RPC_HANDLER_METADATA } from './rpc-handler.decorator';

type BoundHandler = (request: unknown, ctx: RpcCallContext) => Promise<unknown>;

/**
 * Subscribes every `@RpcHandler` method to its subject in the service's queue group, validates
 * requests and responses against the contracts, and answers with `RpcReply`. On shutdown it stops
 * taking requests and waits for the ones in flight.
 */
@Injectable()
export class RpcServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RpcServer.name);
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly tracer: Tracer;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
    private readonly naming: Naming,
    private readonly explorer: DecoratedMethodExplorer,
    private readonly metrics: RpcMetrics,
  ) {
    this.tracer = serviceTracer(options.serviceName);
  }

  onApplicationBootstrap(): void {
    for (const { metadata, fn } of this.explorer.find<RpcSubject>(RPC_HANDLER_METADATA)) {
      this.listen(metadata, fn as BoundHandler);
    }
  }

  private listen(subject: RpcSubject, handler: BoundHandler): void {
    const sub = this.nc.subscribe(this.naming.rpc(subject), {
      queue: this.options.serviceName,
      callback: (err, msg) => {
        if (err) {
          this.logger.error(`subscription ${subject} failed: ${err.message}`);
          return;
        }
        const work = this.handle(subject, handler, msg).finally(() => this.inFlight.delete(work));
        this.inFlight.add(work);
      },
    });
    this.subscriptions.push(sub);
    this.logger.log(`serving ${this.naming.rpc(subject)}`);
  }

  private async handle(subject: RpcSubject, handler: BoundHandler, msg: Msg): Promise<void> {
    const observed = this.metrics.start(subject);
    const ctx = fromHeaders(msg.headers);
    // A child of the caller's span; a new trace when the request carries none.
    const parent = contextOfTraceparent(ctx.traceparent);
    const span = this.tracer.startSpan(
      `process ${subject}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          ...natsSpanAttributes({
            service: this.options.serviceName,
            destination: msg.subject,
            operation: 'process',
            tenant: ctx.tenant,
          }),
          [SpanAttribute.rpcSystem]: 'nats',
          [SpanAttribute.rpcMethod]: subject,
        },
      },
      parent,
    );
    const reply = await context.with(trace.setSpan(parent, span), () =>
      requestContext.run({ tenant: ctx.tenant }, () => this.invoke(subject, handler, msg, ctx)),
    );
    if (!reply.ok) recordRpcError(span, reply.error);
    span.end();
    observed(reply.ok ? 'ok' : reply.error.code);
    if (msg.reply) msg.respond(JSON.stringify(reply));
  }

  private async invoke(
    subject: RpcSubject,
    handler: BoundHandler,
    msg: Msg,
    ctx: RpcCallContext,
  ): Promise<RpcReply<unknown>> {
    const contract = RPC[subject];
    try {
      if (contract.tenantScoped && !ctx.tenant) {
        throw new DomainError(ErrorCode.BadRequest, `${subject} needs the x-tenant header`);
      }
      let body: unknown;
      try {
        body = msg.json();
      } catch {
        throw new DomainError(ErrorCode.BadRequest, 'request body is not JSON');
      }
      const request = contract.request.safeParse(body);
      if (!request.success) throw validationError(request.error.issues);
      const result = await handler(request.data, ctx);
      const response = contract.response.safeParse(result);
      if (!response.success) {
        this.logger.error(
          `${subject} produced a response outside its contract: ${response.error.message}`,
        );
        return { ok: false, error: { code: ErrorCode.Internal, message: 'Internal error' } };
      }
      return { ok: true, data: response.data };
    } catch (err) {
      return { ok: false, error: this.toErrorBody(subject, err) };
    }
  }

  private toErrorBody(subject: string, err: unknown): RpcErrorBody {
    if (DomainError.is(err)) return err.toBody();
    if (isConnectionLost(err)) {
      this.logger.warn(`${subject}: the database connection was lost (${String(err)})`);
      return { code: ErrorCode.Unavailable, message: 'Database unavailable; retry' };
    }
    const span = trace.getActiveSpan();
    if (span) recordFailure(span, err);
    this.logger.error(
      `${subject} failed unexpectedly: ${String(err)}`,
      err instanceof Error ? err.stack : undefined,
    );
    return { code: ErrorCode.Internal, message: 'Internal error' };
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const sub of this.subscriptions) sub.unsubscribe();
    await Promise.allSettled([...this.inFlight]);
  }
}
