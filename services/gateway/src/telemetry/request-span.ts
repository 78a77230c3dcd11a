import type { IncomingMessage } from 'node:http';
import { ROOT_CONTEXT, trace, type Span } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import { Header } from '@motcua/contracts';
import { traceparentOf } from '@motcua/platform';

/**
 * The SERVER span of each HTTP request, by its Node request: the same object whichever layer
 * (Fastify hook, route, GraphQL context) holds the request.
 */
const spans = new WeakMap<IncomingMessage, Span>();

export function setRequestSpan(req: FastifyRequest, span: Span): void {
  spans.set(req.raw, span);
}

export function requestSpan(req: FastifyRequest): Span | undefined {
  return spans.get(req.raw);
}

/** The request's span, forgotten: whoever takes it ends it (answered or aborted, not both). */
export function takeRequestSpan(req: FastifyRequest): Span | undefined {
  const span = spans.get(req.raw);
  spans.delete(req.raw);
  return span;
}

/**
 * The traceparent services called for this request continue: the request's span, or the
 * caller's own traceparent when the request has no span (a route outside the traced ones).
 * Pass it as `traceparent` of RPC calls made on the request's behalf.
 */
export function requestTraceparent(req: FastifyRequest): string | undefined {
  const span = requestSpan(req);
  if (span) return traceparentOf(trace.setSpan(ROOT_CONTEXT, span));
  const incoming = req.headers[Header.TraceParent];
  return typeof incoming === 'string' ? incoming : undefined;
}
