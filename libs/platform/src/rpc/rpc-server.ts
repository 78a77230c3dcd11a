import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import {
  DomainError,
  ErrorCode,
  RPC,
  validationError,
  type RpcErrorBody,
  type RpcSubject,
} from '@motcua/contracts';
import { nextTraceparent, requestContext } from '../context/request-context';
import { DecoratedMethodExplorer } from '../discovery/decorated-methods';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
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

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
    private readonly naming: Naming,
    private readonly explorer: DecoratedMethodExplorer,
  ) {}

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
    const ctx = fromHeaders(msg.headers);
    const traceparent = ctx.traceparent ?? nextTraceparent();
    const reply = await requestContext.run({ tenant: ctx.tenant, traceparent }, () =>
      this.invoke(subject, handler, msg, ctx),
    );
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
