import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import { defer, firstValueFrom } from 'rxjs';
import { activeTraceId, installTestTracing } from '@motcua/platform';
import { ActiveRequestSpanInterceptor } from './active-request-span.interceptor';
import { setRequestSpan } from './request-span';

const httpExecution = (req: Partial<FastifyRequest>) =>
  ({
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => req }),
  }) as unknown as ExecutionContext;

/** A handler that reports the trace id its code (and so its log lines) would see. */
const traceIdSeenByHandler: CallHandler = {
  handle: () =>
    defer(async () => {
      await Promise.resolve();
      return activeTraceId();
    }),
};

describe(ActiveRequestSpanInterceptor.name, () => {
  installTestTracing();
  const interceptor = new ActiveRequestSpanInterceptor();

  it("runs the handler with the request's span active", async () => {
    const req = { raw: {} } as FastifyRequest;
    const span = trace.getTracer('spec').startSpan('POST /graphql');
    setRequestSpan(req, span);
    const seen = await firstValueFrom(
      interceptor.intercept(httpExecution(req), traceIdSeenByHandler),
    );
    span.end();
    expect(seen).toBe(span.spanContext().traceId);
  });

  it('leaves requests without a span (health, WebSocket) alone', async () => {
    const seen = await firstValueFrom(
      interceptor.intercept(httpExecution({ raw: {} } as FastifyRequest), traceIdSeenByHandler),
    );
    expect(seen).toBeUndefined();
  });
});
