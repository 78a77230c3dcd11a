import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ActiveRequestSpanInterceptor } from './active-request-span.interceptor';
import { HttpRequestTracing } from './http-request-tracing';

/** OpenTelemetry spans of the gateway's HTTP requests (the platform traces NATS and events). */
@Module({
  providers: [
    HttpRequestTracing,
    { provide: APP_INTERCEPTOR, useClass: ActiveRequestSpanInterceptor },
  ],
})
export class TelemetryModule {}
