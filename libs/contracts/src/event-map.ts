import type { z } from 'zod';
import { catalogChangedSchema } from './events/catalog';
import {
  dossierDueSoonSchema,
  dossierHeldSchema,
  dossierOverdueSchema,
  dossierReceivedSchema,
  dossierRegisteredSchema,
  dossierRoutedSchema,
  dossierTransitionedSchema,
} from './events/dossier';
import { dossierEscalatedSchema } from './events/escalation';
import { dossierStepHandedOverSchema } from './events/inter-agency';
import { dossierHandedOverSchema, dossierResultReturnedSchema } from './events/handover';
import { dossierAssignedSchema } from './events/routing';
import { queueTicketChangedSchema } from './events/queue-ticket';

/**
 * Every domain event `<aggregate>.<event>.v<n>` with its data schema. The NATS subject is
 * `evt.<tenant>.<aggregate>.<event>.v<n>`; each aggregate has its own JetStream stream.
 */
export const EVENTS = {
  'dossier.registered.v1': dossierRegisteredSchema,
  'dossier.received.v1': dossierReceivedSchema,
  'dossier.routed.v1': dossierRoutedSchema,
  'dossier.held.v1': dossierHeldSchema,
  'dossier.transitioned.v1': dossierTransitionedSchema,
  'dossier.overdue.v1': dossierOverdueSchema,
  'dossier.due-soon.v1': dossierDueSoonSchema,
  'dossier.assigned.v1': dossierAssignedSchema,
  'dossier.step-handed-over.v1': dossierStepHandedOverSchema,
  'dossier.escalated.v1': dossierEscalatedSchema,
  'dossier.handed-over.v1': dossierHandedOverSchema,
  'dossier.result-returned.v1': dossierResultReturnedSchema,
  'catalog.changed.v1': catalogChangedSchema,
  'queue-ticket.changed.v1': queueTicketChangedSchema,
} as const;
export type EventType = keyof typeof EVENTS;
export type EventData<T extends EventType> = z.output<(typeof EVENTS)[T]>;
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

/** Aggregates, one JetStream stream each. */
export const AGGREGATES = ['dossier', 'catalog', 'queue-ticket'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export function aggregateOf(type: EventType): Aggregate {
  return type.split('.')[0] as Aggregate;
}

/** `evt.<tenant>.<aggregate>.<event>.v<n>` (without any test prefix). */
export function eventSubject(tenant: string, type: EventType): string {
  return `evt.${tenant}.${type}`;
}
