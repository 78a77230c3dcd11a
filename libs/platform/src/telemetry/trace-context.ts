import {
  ROOT_CONTEXT,
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  isSpanContextValid,
  trace,
  type Context,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C trace context is the only format that crosses NATS (headers) and JetStream (headers and the
 * CloudEvent `traceparent`). Used directly rather than through the global propagator, so that the
 * format does not depend on which SDK a process registered.
 */
const w3c = new W3CTraceContextPropagator();

/** The W3C `traceparent` of the span active in `ctx`; undefined without a valid span. */
export function traceparentOf(ctx: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  w3c.inject(ctx, carrier, defaultTextMapSetter);
  return carrier.traceparent;
}

/**
 * A context whose (remote) parent span is `traceparent`; `base` (by default no span at all, so a
 * message without trace context starts a new trace) when it is missing or malformed.
 */
export function contextOfTraceparent(
  traceparent: string | undefined,
  base: Context = ROOT_CONTEXT,
): Context {
  return traceparent ? w3c.extract(base, { traceparent }, defaultTextMapGetter) : base;
}

/** The trace id of the active span, for log lines; undefined outside any span. */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? span.traceId : undefined;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}
