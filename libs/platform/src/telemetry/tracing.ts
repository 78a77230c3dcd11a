import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { TraceExport, TracingSettings } from './tracing-config';

export interface StartTracingOptions {
  serviceName: string;
  serviceVersion?: string;
  settings: TracingSettings;
}

let processProvider: NodeTracerProvider | undefined;

/**
 * Registers this process's tracer provider: the resource names the service (and its version and
 * OTEL_RESOURCE_ATTRIBUTES, e.g. the deployment's tenant), the W3C trace-context propagator and
 * the AsyncLocalStorage context manager, a parent-based ratio sampler, and the exporter the
 * settings choose. Once per process; later calls are ignored.
 */
export function startTracing(options: StartTracingOptions): void {
  if (processProvider) return;
  const { settings } = options;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      ...(options.serviceVersion ? { [ATTR_SERVICE_VERSION]: options.serviceVersion } : {}),
      ...settings.resourceAttributes,
      [ATTR_SERVICE_NAME]: options.serviceName,
    }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.samplerRatio) }),
    spanProcessors: spanProcessorsFor(settings.export),
  });
  // Default context manager of the Node provider: AsyncLocalStorage.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  processProvider = provider;
}

/** Exports the spans still buffered and stops the provider startTracing registered, if any. */
export async function stopTracing(): Promise<void> {
  const provider = processProvider;
  processProvider = undefined;
  await provider?.shutdown();
}

function spanProcessorsFor(target: TraceExport): SpanProcessor[] {
  switch (target.kind) {
    case 'none':
      return [];
    case 'console':
      return [new BatchSpanProcessor(new ConsoleSpanExporter())];
    case 'otlp':
      return [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: target.url, headers: target.headers })),
      ];
  }
}
