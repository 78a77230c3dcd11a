import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Header } from '@motcua/contracts';
import {
  PLATFORM_OPTIONS,
  SpanAttribute,
  contextOfTraceparent,
  maskPersonalData,
  serviceTracer,
  type PlatformRuntimeOptions,
} from '@motcua/platform';
import { setRequestSpan, takeRequestSpan } from './request-span';

/** Probes and scrapes, and WebSocket upgrades (a subscription lives for hours): not traced. */
const untraced = (req: FastifyRequest): boolean =>
  req.url.startsWith('/health') || req.url.startsWith('/metrics') || Boolean(req.headers.upgrade);

/**
 * A SERVER span for every HTTP request of the gateway, the root of the request's trace (or the
 * child of the client's `traceparent`). GraphQL names it after the operation (graphql-tracing).
 */
@Injectable()
export class HttpRequestTracing implements OnModuleInit {
  private readonly tracer: Tracer;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
  ) {
    this.tracer = serviceTracer(options.serviceName);
  }

  onModuleInit(): void {
    // Fastify applies root hooks to every route when it gets ready, the ones registered earlier too.
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (req) => {
      if (!untraced(req)) this.start(req);
    });
    fastify.addHook('onResponse', async (req, reply) => {
      const span = takeRequestSpan(req);
      if (!span) return;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    fastify.addHook('onRequestAbort', async (req) => {
      const span = takeRequestSpan(req);
      span?.setStatus({ code: SpanStatusCode.ERROR, message: 'client closed the request' });
      span?.end();
    });
  }

  private start(req: FastifyRequest): void {
    const incoming = req.headers[Header.TraceParent];
    const route = req.routeOptions.url;
    const span = this.tracer.startSpan(
      route ? `${req.method} ${route}` : req.method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [SpanAttribute.service]: this.options.serviceName,
          [ATTR_HTTP_REQUEST_METHOD]: req.method,
          [ATTR_URL_PATH]: maskPersonalData(req.url.split('?')[0]),
          ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
        },
      },
      contextOfTraceparent(typeof incoming === 'string' ? incoming : undefined),
    );
    setRequestSpan(req, span);
  }
}
