import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { requestContext, traceIdOf } from '../context/request-context';

/**
 * JSON logs with service, tenant, trace id and dossier code on every line. Personal IDs,
 * tokens and contact data are redacted wherever they appear in logged objects.
 */
export function loggerOptions(service: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service },
      messageKey: 'msg',
      mixin() {
        const ctx = requestContext.current();
        if (!ctx) return {};
        return {
          tenant: ctx.tenant,
          traceId: traceIdOf(ctx.traceparent),
          dossierCode: ctx.dossierCode,
        };
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.personalId',
          '*.*.personalId',
          '*.token',
          '*.phone',
          '*.email',
        ],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
  };
}
