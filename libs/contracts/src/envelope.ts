import { z } from 'zod';
import { EVENTS, type EventData, type EventType } from './event-map';

/** CloudEvents 1.0 type prefix: `vn.motcua.dossier.received.v1`. */
export const CLOUDEVENT_TYPE_PREFIX = 'vn.motcua.';

/** CloudEvents 1.0 envelope plus the `tenant` and W3C `traceparent` extensions. */
export const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().startsWith(CLOUDEVENT_TYPE_PREFIX),
  subject: z.string().optional(),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  tenant: z.string().min(1),
  traceparent: z.string().optional(),
  data: z.unknown(),
});
export type CloudEventEnvelope = z.infer<typeof cloudEventSchema>;

export interface CloudEvent<T extends EventType = EventType> extends Omit<
  CloudEventEnvelope,
  'data'
> {
  data: EventData<T>;
}

export function eventTypeOf(envelope: Pick<CloudEventEnvelope, 'type'>): EventType | null {
  const key = envelope.type.slice(CLOUDEVENT_TYPE_PREFIX.length);
  return key in EVENTS ? (key as EventType) : null;
}

/** Validates an envelope and its data against the schema of its type. */
export function parseCloudEvent(raw: unknown): { type: EventType; event: CloudEvent } {
  const envelope = cloudEventSchema.parse(raw);
  const type = eventTypeOf(envelope);
  if (!type) throw new Error(`unknown event type ${envelope.type}`);
  const data = EVENTS[type].parse(envelope.data);
  return { type, event: { ...envelope, data } };
}
