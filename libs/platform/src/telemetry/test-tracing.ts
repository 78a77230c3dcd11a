import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

let installed: InMemorySpanExporter | undefined;

/**
 * For tests: registers a tracer provider that keeps every finished span in memory (exported as
 * soon as it ends) and returns its exporter. Call it before starting the services; calling it
 * again returns the same exporter, emptied.
 */
export function installTestTracing(): InMemorySpanExporter {
  if (installed) {
    installed.reset();
    return installed;
  }
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'motcua-test' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  // Replaces whatever another copy of this module registered in the same test process.
  trace.disable();
  context.disable();
  propagation.disable();
  provider.register({ propagator: new W3CTraceContextPropagator() });
  installed = exporter;
  return exporter;
}
