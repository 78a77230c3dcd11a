import type { Attributes } from '@opentelemetry/api';
import { CLOUDEVENT_TYPE_PREFIX } from '@motcua/contracts';
import { SpanAttribute } from './span-attributes';

/** Attributes every span of a NATS request, publication or delivery carries. */
export function natsSpanAttributes(fields: {
  service: string;
  /** The subject on the wire (with the test prefix and tenant, if any). */
  destination: string;
  operation: 'send' | 'receive' | 'process';
  tenant?: string;
}): Attributes {
  return {
    [SpanAttribute.service]: fields.service,
    [SpanAttribute.messagingSystem]: 'nats',
    [SpanAttribute.messagingDestination]: fields.destination,
    [SpanAttribute.messagingOperation]: fields.operation,
    ...(fields.tenant ? { [SpanAttribute.tenant]: fields.tenant } : {}),
  };
}

/** `dossier.received.v1` for the CloudEvent type `vn.motcua.dossier.received.v1`: span names. */
export function eventTypeName(cloudEventType: string): string {
  return cloudEventType.startsWith(CLOUDEVENT_TYPE_PREFIX)
    ? cloudEventType.slice(CLOUDEVENT_TYPE_PREFIX.length)
    : cloudEventType;
}
