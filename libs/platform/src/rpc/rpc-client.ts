import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { errors as natsErrors } from '@nats-io/nats-core';
import {
  DomainError,
  ErrorCode,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@motcua/contracts';
import { requestContext, nextTraceparent } from '../context/request-context';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { toHeaders, type RpcReply, type RpcSendContext } from './rpc-envelope';

export interface RpcCallOptions extends RpcSendContext {
  timeoutMs?: number;
}

/** Typed request/reply over NATS: the subject fixes the request and response types. */
@Injectable()
export class RpcClient {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly naming: Naming,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
  ) {}

  async request<S extends RpcSubject>(
    subject: S,
    body: RpcRequest<S>,
    options: RpcCallOptions = {},
  ): Promise<RpcResponse<S>> {
    const current = requestContext.current();
    const headers = toHeaders({
      ...options,
      tenant: options.tenant ?? current?.tenant,
      traceparent: nextTraceparent(options.traceparent ?? current?.traceparent),
    });
    let reply;
    try {
      reply = await this.nc.request(this.naming.rpc(subject), JSON.stringify(body), {
        timeout: options.timeoutMs ?? this.options.rpcTimeoutMs,
        headers,
      });
    } catch (err) {
      throw mapTransportError(subject, err);
    }
    const parsed = reply.json<RpcReply<RpcResponse<S>>>();
    if (parsed.ok) return parsed.data;
    throw new DomainError(parsed.error.code, parsed.error.message, parsed.error.details);
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
