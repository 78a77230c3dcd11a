import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import {
  Header,
  actorSchema,
  type Actor,
  type ActorInput,
  type RpcErrorBody,
} from '@motcua/contracts';

/** Reply body of every request: a result or a typed error, never a stack trace. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: RpcErrorBody };

/** What a handler learns of its caller besides the payload. */
export interface RpcCallContext {
  tenant?: string;
  /**
   * W3C trace context. Sending: the parent span when it is not the active one (the RPC client
   * sends its own span). Receiving: the caller's span, parent of the server span.
   */
  traceparent?: string;
  actor?: Actor;
  idempotencyKey?: string;
}

/** What a caller sends: the actor as written (lists may be left out; the handler gets defaults). */
export type RpcSendContext = Omit<RpcCallContext, 'actor'> & { actor?: ActorInput };

export function toHeaders(ctx: RpcSendContext): MsgHdrs {
  const h = natsHeaders();
  if (ctx.tenant) h.set(Header.Tenant, ctx.tenant);
  if (ctx.traceparent) h.set(Header.TraceParent, ctx.traceparent);
  if (ctx.actor) h.set(Header.Actor, JSON.stringify(ctx.actor));
  if (ctx.idempotencyKey) h.set(Header.IdempotencyKey, ctx.idempotencyKey);
  return h;
}

export function fromHeaders(h: MsgHdrs | undefined): RpcCallContext {
  if (!h) return {};
  const ctx: RpcCallContext = {};
  const tenant = h.get(Header.Tenant);
  if (tenant) ctx.tenant = tenant;
  const traceparent = h.get(Header.TraceParent);
  if (traceparent) ctx.traceparent = traceparent;
  const key = h.get(Header.IdempotencyKey);
  if (key) ctx.idempotencyKey = key;
  const actor = h.get(Header.Actor);
  if (actor) {
    try {
      const parsed = actorSchema.safeParse(JSON.parse(actor));
      if (parsed.success) ctx.actor = parsed.data;
    } catch {
      // A malformed actor header is treated as no actor: handlers that need one refuse.
    }
  }
  return ctx;
}
