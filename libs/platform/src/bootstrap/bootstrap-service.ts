import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ConfigError } from '../config/load-config';
import { startTracing } from '../telemetry/tracing';
import { loadTracingSettings } from '../telemetry/tracing-config';

export interface BootstrapOptions {
  name: string;
  /** The service's release, for the tracing resource (`service.version`). */
  version?: string;
  port: number;
  host: string;
  /** Called before listen (e.g. the gateway's extra Fastify plugins). */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

/**
 * Starts a service: OpenTelemetry tracing (OTEL_* variables), Fastify HTTP (health, and GraphQL
 * for the gateway), JSON logs, shutdown hooks that drain NATS and flush spans on SIGTERM. A
 * configuration error prints its list and exits 1; any other boot failure names the dependency
 * that failed.
 */
export async function bootstrapService(
  module: Type<unknown> | DynamicModule,
  options: BootstrapOptions,
): Promise<INestApplication> {
  try {
    // Before the app exists, so that every span of its life has the provider.
    startTracing({
      serviceName: options.name,
      serviceVersion: options.version,
      settings: loadTracingSettings(options.name),
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      module,
      new FastifyAdapter({ trustProxy: true }),
      {
        bufferLogs: true,
        abortOnError: false,
      },
    );
    app.useLogger(app.get(Logger));
    app.enableShutdownHooks();
    await options.configure?.(app);
    await app.listen(options.port, options.host);
    app.get(Logger).log(`${options.name} ready on http://${options.host}:${options.port}`);
    return app;
  } catch (err) {
    exitOnBootFailure(options.name, err);
  }
}

export function exitOnBootFailure(name: string, err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${name}: failed to start: ${message}\n`);
  }
  process.exit(1);
}
