/** NATS header names. Tenant and trace context travel with every request and event. */
export const Header = {
  Tenant: 'x-tenant',
  TraceParent: 'traceparent',
  IdempotencyKey: 'idempotency-key',
  /** The principal on whose behalf a request is made (JSON of {@link Actor}). */
  Actor: 'x-actor',
  /** JetStream de-duplication id: always the event id. */
  MsgId: 'Nats-Msg-Id',
} as const;
