import type { EntityManager } from 'typeorm';
import type { CloudEvent, EventType } from '@motcua/contracts';

export const EVENT_HANDLER_METADATA = 'motcua:event-handler';

export interface EventHandlerOptions<T extends EventType> {
  /** Durable consumer name, unique within the service (`dossier-received`). */
  name: string;
  /** Event types this handler consumes (all tenants); they must share one aggregate stream. */
  types: readonly T[];
  /** Deliveries before the event goes to the dead-letter table. */
  maxDeliver?: number;
}

/** The signature of a consumer method: apply the effect through `manager` (the transaction). */
export type EventHandlerFn<T extends EventType> = (
  event: CloudEvent<T>,
  manager: EntityManager,
) => Promise<void>;

/**
 * Marks a provider method as a durable JetStream consumer. The method runs inside a transaction
 * that also records the event id, so a redelivered event is applied once.
 */
export function EventHandler<T extends EventType>(options: EventHandlerOptions<T>) {
  return (
    target: object,
    key: string | symbol,
    descriptor: { value?: EventHandlerFn<T> },
  ): void => {
    Reflect.defineMetadata(EVENT_HANDLER_METADATA, options, target, key);
    void descriptor;
  };
}
