import { ROOT_CONTEXT, SpanKind, context, trace } from '@opentelemetry/api';
import { installTestTracing } from './test-tracing';
import { activeTraceId, contextOfTraceparent, traceIdOf, traceparentOf } from './trace-context';

const CALLER = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('trace context over NATS and events', () => {
  const exporter = installTestTracing();
  const tracer = trace.getTracer('spec');

  it('makes a span received with a traceparent a child of the sender, in its trace', () => {
    const parent = contextOfTraceparent(CALLER);
    const span = tracer.startSpan('process', { kind: SpanKind.SERVER }, parent);
    span.end();
    const [finished] = exporter.getFinishedSpans().slice(-1);
    expect(finished.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(finished.parentSpanContext).toMatchObject({
      spanId: 'b7ad6b7169203331',
      isRemote: true,
    });
  });

  it('writes the active span as the traceparent to send on', () => {
    const span = tracer.startSpan('send', {}, contextOfTraceparent(CALLER));
    const sent = traceparentOf(trace.setSpan(ROOT_CONTEXT, span));
    span.end();
    expect(sent).toBe(`00-0af7651916cd43dd8448eb211c80319c-${span.spanContext().spanId}-01`);
    expect(traceIdOf(sent)).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('starts a new trace for a message without (valid) trace context', () => {
    expect(contextOfTraceparent(undefined)).toBe(ROOT_CONTEXT);
    expect(trace.getSpanContext(contextOfTraceparent('00-garbage'))).toBeUndefined();
    expect(traceparentOf(ROOT_CONTEXT)).toBeUndefined();
  });

  it('gives log lines the trace id of the active span, and none outside spans', () => {
    const span = tracer.startSpan('work');
    const inside = context.with(trace.setSpan(context.active(), span), () => activeTraceId());
    span.end();
    expect(inside).toBe(span.spanContext().traceId);
    expect(activeTraceId()).toBeUndefined();
  });
});
