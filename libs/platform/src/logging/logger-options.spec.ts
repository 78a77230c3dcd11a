import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import pino, { type LoggerOptions } from 'pino';
import { requestContext } from '../context/request-context';
import { installTestTracing } from '../telemetry/test-tracing';
import { loggerOptions } from './logger-options';

/** A pino logger with the services' options, writing its lines into `lines`. */
function capturingLogger(lines: Record<string, unknown>[]) {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const [options] = loggerOptions('reception', 'info', destination).pinoHttp as [LoggerOptions];
  return pino(options, destination);
}

describe('log lines and traces', () => {
  installTestTracing();

  it('carry the trace id of the active span, with the tenant and dossier of the context', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = capturingLogger(lines);
    const span = trace.getTracer('spec').startSpan('handle');
    context.with(trace.setSpan(context.active(), span), () =>
      requestContext.run({ tenant: 'hanoi', dossierCode: 'H26.01-260112-0001' }, () =>
        logger.info('handled'),
      ),
    );
    span.end();
    logger.info('outside');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({
      msg: 'handled',
      tenant: 'hanoi',
      traceId: span.spanContext().traceId,
      dossierCode: 'H26.01-260112-0001',
    });
    expect(lines[1]).not.toHaveProperty('traceId');
  });
});
