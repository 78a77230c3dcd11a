import { Inject, Injectable } from '@nestjs/common';
import { SpanKind, context, trace, type Tracer } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import { errors as natsErrors } from '@nats-io/nats-core';
import {
  DomainError,
  ErrorCode,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@motcua/contracts';
import { requestContext } from '../context/request-context';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { natsSpanAttributes } from '../telemetry/messaging-spans';
import { recordFailure, recordRpcError, serviceTracer } from '../telemetry/service-tracer';
import { SpanAttribute } from '../telemetry/span-attributes';
import { contextOfTraceparent, traceparentOf } from '../telemetry/trace-context';
import { toHeaders, type RpcReply, type RpcSendContext } from './rpc-envelope';

export interface RpcCallOptions extends RpcSendContext {
  timeoutMs?: number;
}

/** Typed request/reply over NATS: the subject fixes the request and response types. */
@Injectable()
export class RpcClient {
  private readonly tracer: Tracer;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly naming: Naming,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
  ) {
    this.tracer = serviceTracer(options.serviceName);
  }

  async request<S extends RpcSubject>(
    subject: S,
    body: RpcRequest<S>,
    options: RpcCallOptions = {},
  ): Promise<RpcResponse<S>> {
    const tenant = options.tenant ?? requestContext.current()?.tenant;
    const wire = this.naming.rpc(subject);
    // The caller's span is the active one, unless it hands its own (the gateway's HTTP request).
    const parent = options.traceparent
      ? contextOfTraceparent(options.traceparent)
      : context.active();
    const span = this.tracer.startSpan(
      `send ${subject}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          ...natsSpanAttributes({
            service: this.options.serviceName,
            destination: wire,
            operation: 'send',
            tenant,
          }),
          [SpanAttribute.rpcSystem]: 'nats',
          [SpanAttribute.rpcMethod]: subject,
        },
      },
      parent,
    );
    const headers = toHeaders({
      ...options,
      tenant,
      traceparent: traceparentOf(trace.setSpan(parent, span)),
    });
    try {
      const reply = await this.nc
        .request(wire, JSON.stringify(body), {
          timeout: options.timeoutMs ?? this.options.rpcTimeoutMs,
          headers,
        })
        .catch((err: unknown) => {
          throw mapTransportError(subject, err);
        });
      const parsed = reply.json<RpcReply<RpcResponse<S>>>();
      if (parsed.ok) return parsed.data;
      throw new DomainError(parsed.error.code, parsed.error.message, parsed.error.details);
    } catch (err) {
      if (DomainError.is(err)) recordRpcError(span, err);
      else recordFailure(span, err);
      throw err;
    } finally {
      span.end();
    }
  }
}

function mapTransportError(subject: string, err: unknown): DomainError {
  const noResponders =
    err instanceof natsErrors.NoRespondersError ||
    (err instanceof natsErrors.RequestError && err.isNoResponders());
  if (noResponders) return new DomainError(ErrorCode.Unavailable, `No service answers ${subject}`);
  const timedOut =
    err instanceof natsErrors.TimeoutError ||
    (err instanceof Error && err.cause instanceof natsErrors.TimeoutError);
  if (timedOut) return new DomainError(ErrorCode.Timeout, `${subject} did not answer in time`);
  return new DomainError(
    ErrorCode.Unavailable,
    `${subject} failed: ${err instanceof Error ? err.message : String(err)}`,
  );
}
