import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry } from 'prom-client';
import { DURATION_BUCKETS_SECONDS } from './service-registry';

/** Requests no route matched (scanners, typos): one series, not one per URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * HTTP requests by route pattern (never the raw URL: bounded labels) and status code, from a
 * Fastify hook: GraphQL, uploads, sign-in on the gateway; health and metrics everywhere.
 */
@Injectable()
export class HttpMetrics implements OnModuleInit {
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route'>;

  constructor(
    registry: Registry,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.requests = new Counter({
      name: 'motcua_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'motcua_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern',
      labelNames: ['method', 'route'] as const,
      buckets: DURATION_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  onModuleInit(): void {
    // Absent in an application context without HTTP (a CLI); Fastify applies root hooks to
    // every route when it gets ready, so routes registered before this hook are measured too.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance | undefined>();
    if (typeof fastify?.addHook !== 'function') return;
    fastify.addHook('onResponse', async (request, reply) => {
      this.record(
        request.method,
        request.routeOptions.url,
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
    });
  }

  record(method: string, route: string | undefined, status: number, seconds: number): void {
    const labels = { method, route: route ?? UNMATCHED_ROUTE };
    this.requests.inc({ ...labels, status: String(status) });
    this.duration.observe(labels, seconds);
  }
}
