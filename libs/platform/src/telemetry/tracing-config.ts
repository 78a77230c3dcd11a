import { z } from 'zod';
import { loadConfig } from '../config/load-config';

/** Unset and empty are the same for these variables (compose files often set them to ""). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const httpUrl = z.string().refine((v) => {
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

/** The OpenTelemetry `key=value,key=value` list (values percent-encoded). */
const keyValueList = z.string().transform((list, ctx) => {
  const pairs: Record<string, string> = {};
  for (const item of list.split(',')) {
    if (!item.trim()) continue;
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at).trim() : '';
    if (!key) {
      ctx.addIssue({ code: 'custom', message: 'must be a list of key=value separated by commas' });
      return z.NEVER;
    }
    try {
      pairs[key] = decodeURIComponent(item.slice(at + 1).trim());
    } catch {
      ctx.addIssue({ code: 'custom', message: `the value of ${key} is not percent-encoded` });
      return z.NEVER;
    }
  }
  return pairs;
});

/** The standard OpenTelemetry variables the services read (a subset; see docs/operations.md). */
export const tracingEnvSchema = z
  .object({
    /** Where finished spans go; default `otlp` when an endpoint is set, else `none`. */
    OTEL_TRACES_EXPORTER: optional(z.enum(['none', 'otlp', 'console'])),
    /** Base URL of an OTLP/HTTP collector; traces go to `<endpoint>/v1/traces`. */
    OTEL_EXPORTER_OTLP_ENDPOINT: optional(httpUrl),
    /** Full URL for traces; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optional(httpUrl),
    OTEL_EXPORTER_OTLP_HEADERS: optional(keyValueList),
    OTEL_EXPORTER_OTLP_TRACES_HEADERS: optional(keyValueList),
    /** Share of new traces kept (parent-based: a request keeps its caller's decision). */
    OTEL_TRACES_SAMPLER_ARG: optional(z.coerce.number().min(0).max(1)),
    /** Extra resource attributes, e.g. `deployment.environment.name=prod,motcua.tenant=hanoi`. */
    OTEL_RESOURCE_ATTRIBUTES: optional(keyValueList),
  })
  .superRefine((vars, ctx) => {
    const endpoint = vars.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? vars.OTEL_EXPORTER_OTLP_ENDPOINT;
    if (vars.OTEL_TRACES_EXPORTER === 'otlp' && !endpoint)
      ctx.addIssue({
        code: 'custom',
        path: ['OTEL_TRACES_EXPORTER'],
        message: 'otlp needs OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      });
  });

export type TraceExport =
  | { kind: 'none' }
  | { kind: 'console' }
  | { kind: 'otlp'; url: string; headers: Record<string, string> };

/** Settled tracing options of one process. */
export interface TracingSettings {
  export: TraceExport;
  samplerRatio: number;
  resourceAttributes: Record<string, string>;
}

/**
 * Validates the OTEL_* variables at boot (a ConfigError lists every bad one) and settles them.
 * Without an exporter spans are still created, so log lines carry real trace ids.
 */
export function loadTracingSettings(
  service: string,
  env: Record<string, string | undefined> = process.env,
): TracingSettings {
  const vars = loadConfig(service, tracingEnvSchema, env);
  const endpoint =
    vars.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (vars.OTEL_EXPORTER_OTLP_ENDPOINT &&
      `${vars.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`);
  const kind = vars.OTEL_TRACES_EXPORTER ?? (endpoint ? 'otlp' : 'none');
  const traceExport: TraceExport =
    kind === 'otlp' && endpoint
      ? {
          kind,
          url: endpoint,
          headers: {
            ...vars.OTEL_EXPORTER_OTLP_HEADERS,
            ...vars.OTEL_EXPORTER_OTLP_TRACES_HEADERS,
          },
        }
      : { kind: kind === 'console' ? 'console' : 'none' };
  return {
    export: traceExport,
    samplerRatio: vars.OTEL_TRACES_SAMPLER_ARG ?? 1,
    resourceAttributes: vars.OTEL_RESOURCE_ATTRIBUTES ?? {},
  };
}
