import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';

/**
 * Attribute names on motcua spans: OpenTelemetry semantic conventions where one exists (messaging
 * and GraphQL names are still "incubating" upstream, so they are copied here, as advised), and
 * `motcua.*` for ours. Never a personal ID, phone or token: tenant, dossier code, subjects only.
 */
export const SpanAttribute = {
  /** The motcua service that made the span (in-process test stacks share one tracer provider). */
  service: 'motcua.service',
  tenant: 'motcua.tenant',
  dossierCode: 'motcua.dossier.code',
  /** The `code` of a failed RPC reply or GraphQL error (BAD_REQUEST, INTERNAL, ...). */
  errorType: ATTR_ERROR_TYPE,
  messagingSystem: 'messaging.system',
  messagingDestination: 'messaging.destination.name',
  messagingOperation: 'messaging.operation.type',
  messagingMessageId: 'messaging.message.id',
  messagingConsumerGroup: 'messaging.consumer.group.name',
  messagingDeliveryCount: 'messaging.nats.message.delivery_count',
  rpcSystem: 'rpc.system',
  rpcMethod: 'rpc.method',
  graphqlOperationType: 'graphql.operation.type',
  graphqlOperationName: 'graphql.operation.name',
} as const;
