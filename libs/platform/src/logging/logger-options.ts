import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LogFn } from 'pino';
import { requestContext } from '../context/request-context';
import { activeTraceId } from '../telemetry/trace-context';
import { maskPersonalData } from './mask-personal-data';

/** Fields that hold personal IDs, phones, contact data or credentials, wherever they are logged. */
const SENSITIVE_FIELDS = [
  'personalId',
  'applicantPersonalId',
  'representativePersonalId',
  'pid',
  'phone',
  'applicantPhone',
  'email',
  'applicantEmail',
  'token',
  'accessToken',
  'refreshToken',
  'subjectToken',
  'clientSecret',
  'password',
];

/** Each field at the top level and up to three objects deep. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-actor"]',
  'res.headers["set-cookie"]',
  ...SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`]),
];

interface SerializedRequest {
  url?: string;
  [key: string]: unknown;
}
interface SerializedError {
  message?: string;
  stack?: string;
  [key: string]: unknown;
}

/**
 * JSON logs with service, tenant, trace id and dossier code on every line. Personal IDs, phones,
 * tokens and contact data are redacted wherever they appear in logged objects, and masked in
 * message text, request URLs and error messages (DOMAIN §7: never a full personal ID or phone).
 * `destination` replaces stdout (tests capture the lines).
 */
export function loggerOptions(
  service: string,
  level: string,
  destination?: DestinationStream,
): Params {
  const options = {
    level,
    base: { service },
    messageKey: 'msg',
    mixin() {
      const ctx = requestContext.current();
      // The OpenTelemetry trace id of the active span: log lines and spans share it.
      const traceId = activeTraceId();
      if (!ctx && !traceId) return {};
      return { tenant: ctx?.tenant, traceId, dossierCode: ctx?.dossierCode };
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn): void {
        const masked = args.map((a: unknown) => (typeof a === 'string' ? maskPersonalData(a) : a));
        method.apply(this, masked as Parameters<LogFn>);
      },
    },
    serializers: {
      req: (req: SerializedRequest): SerializedRequest =>
        typeof req.url === 'string' ? { ...req, url: maskPersonalData(req.url) } : req,
      err: (err: SerializedError): SerializedError => ({
        ...err,
        ...(typeof err.message === 'string' ? { message: maskPersonalData(err.message) } : {}),
        ...(typeof err.stack === 'string' ? { stack: maskPersonalData(err.stack) } : {}),
      }),
    },
    autoLogging: {
      ignore: (req: { url?: string }) => (req.url ?? '').startsWith('/health'),
    },
  };
  return {
    pinoHttp: destination ? [options, destination] : options,
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
  };
}
