import { ConfigError } from '../config/load-config';
import { loadTracingSettings } from './tracing-config';

const settings = (env: Record<string, string>) => loadTracingSettings('reception', env);

describe(loadTracingSettings.name, () => {
  it('exports nothing by default and keeps every new trace', () => {
    expect(settings({})).toEqual({
      export: { kind: 'none' },
      samplerRatio: 1,
      resourceAttributes: {},
    });
  });

  it('sends OTLP/HTTP to <endpoint>/v1/traces once an endpoint is set, with its headers', () => {
    expect(
      settings({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc, x-scope=motcua',
      }).export,
    ).toEqual({
      kind: 'otlp',
      url: 'http://collector:4318/v1/traces',
      headers: { authorization: 'Bearer abc', 'x-scope': 'motcua' },
    });
  });

  it('takes the traces endpoint as it is, and traces headers over the shared ones', () => {
    expect(
      settings({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/api/otlp',
        OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b=2',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'b=3',
      }).export,
    ).toEqual({
      kind: 'otlp',
      url: 'https://traces.example/api/otlp',
      headers: { a: '1', b: '3' },
    });
  });

  it('lets OTEL_TRACES_EXPORTER turn export off or to the console, empty meaning unset', () => {
    expect(
      settings({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })
        .export,
    ).toEqual({ kind: 'none' });
    expect(settings({ OTEL_TRACES_EXPORTER: 'console' }).export).toEqual({ kind: 'console' });
    expect(settings({ OTEL_TRACES_EXPORTER: '', OTEL_EXPORTER_OTLP_ENDPOINT: '' }).export).toEqual({
      kind: 'none',
    });
  });

  it('reads the sampled share of new traces and extra resource attributes', () => {
    expect(
      settings({
        OTEL_TRACES_SAMPLER_ARG: '0.25',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=staging,motcua.tenant=hanoi',
      }),
    ).toMatchObject({
      samplerRatio: 0.25,
      resourceAttributes: { 'deployment.environment.name': 'staging', 'motcua.tenant': 'hanoi' },
    });
  });

  it('refuses bad values at boot, naming every one', () => {
    const problems = (env: Record<string, string>) => {
      try {
        settings(env);
      } catch (err) {
        if (err instanceof ConfigError) return err.problems;
        throw err;
      }
      return [];
    };
    expect(
      problems({
        OTEL_TRACES_EXPORTER: 'jaeger',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        OTEL_TRACES_SAMPLER_ARG: '2',
        OTEL_EXPORTER_OTLP_HEADERS: 'no-equals-sign',
      }).map((p) => p.split(':')[0]),
    ).toEqual([
      'OTEL_TRACES_EXPORTER',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_EXPORTER_OTLP_HEADERS',
      'OTEL_TRACES_SAMPLER_ARG',
    ]);
    expect(problems({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER_ARG: '-1' })).toEqual([
      expect.stringContaining('OTEL_TRACES_SAMPLER_ARG'),
      expect.stringContaining('OTEL_TRACES_EXPORTER: otlp needs OTEL_EXPORTER_OTLP_ENDPOINT'),
    ]);
  });
});
