import { maskPersonalId, type CloudEvent } from '@motcua/contracts';
import { maskEmail, maskPhone } from '../deliveries/mask-recipient';

/** Fields integrators get only masked, wherever they occur in an event's data. */
const MASKS: Record<string, (value: string) => string> = {
  personalId: maskPersonalId,
  phone: maskPhone,
  email: maskEmail,
};

function redact(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key && MASKS[key]) return MASKS[key](value);
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  return value;
}

/**
 * The JSON body a webhook receives: the CloudEvent with personal IDs, phones and e-mails masked
 * and without the internal trace context. Rendered once, when the event is consumed, and sent
 * byte for byte on every attempt.
 */
export function webhookBody(event: CloudEvent): string {
  const { traceparent, data, ...envelope } = event;
  void traceparent;
  return JSON.stringify({ ...envelope, data: redact(data) });
}
