/** The ways an applicant can be reached. */
export const CHANNEL_KINDS = ['EMAIL', 'SMS'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
/** What a delivery goes over: an applicant's channel, or an integrator's webhook. */
export type DeliveryChannel = ChannelKind | 'WEBHOOK';

/** What a channel sends: one rendered message to one recipient. */
export interface OutboundMessage {
  /** The delivery's id: idempotency key for gateways that de-duplicate. */
  deliveryId: string;
  /** Phone, e-mail address, or the webhook endpoint's id. */
  to: string;
  /** E-mail only. */
  subject: string | null;
  /** The message; for a webhook the JSON body, sent byte for byte as stored. */
  text: string;
  /** The dossier code, for the provider's records. */
  reference: string;
}

/** What an HTTP provider answered on success (recorded with the attempt). */
export interface SendReceipt {
  statusCode: number;
}

/** A transport to the outside world; `send` resolves once the provider accepted the message. */
export interface NotificationChannel {
  readonly kind: DeliveryChannel;
  send(message: OutboundMessage): Promise<SendReceipt | void>;
  close?(): Promise<void> | void;
}
