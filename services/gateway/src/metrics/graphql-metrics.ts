import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { Counter, Histogram, Registry } from 'prom-client';
import { DURATION_BUCKETS_SECONDS, secondsSince } from '@motcua/platform';
import { OperationNames } from './operation-names';

type OperationLabel = 'operation' | 'type' | 'outcome';

interface Timing {
  started: bigint;
  operation?: string;
  type?: string;
}

/** An error code is a label: only upper-case codes (ours, and GraphQL's) pass, as themselves. */
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/** The outcome of an execution: `ok`, or the `extensions.code` of its first error. */
export function outcomeOf(errors: readonly Pick<GraphQLError, 'extensions'>[] | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0].extensions?.code;
  return typeof code === 'string' && CODE.test(code) ? code : 'ERROR';
}

/**
 * RED metrics of GraphQL queries and mutations over HTTP, from Mercurius hooks: timed from
 * parsing to the formatted result, labelled by operation name (bounded), type and outcome.
 * Requests refused before execution (unparseable, invalid) show in the HTTP metrics as 400s.
 */
@Injectable()
export class GraphqlMetrics implements OnApplicationBootstrap {
  private readonly operations: Counter<OperationLabel>;
  private readonly duration: Histogram<OperationLabel>;
  private readonly names = new OperationNames();
  private readonly timings = new WeakMap<object, Timing>();

  constructor(
    registry: Registry,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.operations = new Counter({
      name: 'motcua_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name, type and outcome (ok or error code)',
      labelNames: ['operation', 'type', 'outcome'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'motcua_graphql_operation_duration_seconds',
      help: 'Time from parsing a GraphQL operation to its result, by operation name, type and outcome',
      labelNames: ['operation', 'type', 'outcome'] as const,
      buckets: DURATION_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  /** After GraphQLModule registered Mercurius (its onModuleInit): hooks apply per request. */
  onApplicationBootstrap(): void {
    const graphql = this.adapterHost.httpAdapter?.getInstance<FastifyInstance | undefined>()
      ?.graphql;
    if (!graphql) return;
    graphql.addHook('preParsing', (_schema, _source, context) => {
      this.timings.set(context, { started: process.hrtime.bigint() });
    });
    graphql.addHook('preExecution', (_schema, document, context) => {
      const timing = this.timings.get(context);
      if (!timing) return;
      const operation = operationOf(document, context);
      timing.operation = this.names.label(operation?.name?.value);
      timing.type = operation?.operation ?? 'unknown';
    });
    graphql.addHook('onResolution', (execution, context) => {
      const timing = this.timings.get(context);
      if (!timing?.type) return;
      this.timings.delete(context);
      const labels = {
        operation: timing.operation ?? 'anonymous',
        type: timing.type,
        outcome: outcomeOf(execution.errors),
      };
      this.operations.inc(labels);
      this.duration.observe(labels, secondsSince(timing.started));
    });
  }
}

function operationOf(document: DocumentNode, context: MercuriusContext) {
  const body = context.reply?.request.body as { operationName?: unknown } | undefined;
  const name = typeof body?.operationName === 'string' ? body.operationName : undefined;
  return getOperationAST(document, name);
}
