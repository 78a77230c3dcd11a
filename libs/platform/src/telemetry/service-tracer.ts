import { SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { ErrorCode, type RpcErrorBody } from '@motcua/contracts';
import { maskPersonalData } from '../logging/mask-personal-data';
import { SpanAttribute } from './span-attributes';

/**
 * The tracer of one service, named after it. A process normally runs one service; test stacks run
 * several on one provider, and the scope name and `motcua.service` attribute tell them apart.
 */
export function serviceTracer(service: string): Tracer {
  return trace.getTracer(`motcua.${service}`);
}

const SERVER_FAULTS: ReadonlySet<unknown> = new Set([
  ErrorCode.Internal,
  ErrorCode.Unavailable,
  ErrorCode.Timeout,
]);

/** Whether an error code is the platform's fault (or the network's), not the caller's. */
export function isServerFault(code: unknown): boolean {
  return SERVER_FAULTS.has(code);
}

/**
 * Notes an RPC error reply on `span`: always its code, and an error status when the server is at
 * fault (a refused or invalid request is a normal answer, as for gRPC spans).
 */
export function recordRpcError(span: Span, error: Pick<RpcErrorBody, 'code' | 'message'>): void {
  span.setAttribute(SpanAttribute.errorType, error.code);
  if (isServerFault(error.code))
    span.setStatus({ code: SpanStatusCode.ERROR, message: maskPersonalData(error.message) });
}

/** Records an exception with its message and stack masked (DOMAIN §7), and an error status. */
export function recordFailure(span: Span, err: unknown): void {
  const error = err instanceof Error ? err : new Error(String(err));
  const message = maskPersonalData(error.message);
  span.recordException({
    name: error.name,
    message,
    ...(error.stack ? { stack: maskPersonalData(error.stack) } : {}),
  });
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}
