/** The ways an applicant can be reached. */
export const CHANNEL_KINDS = ['EMAIL', 'SMS'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a channel sends: one rendered message to one recipient. */
export interface OutboundMessage {
  /** The delivery's id: idempotency key for gateways that de-duplicate. */
  deliveryId: string;
  to: string;
  /** E-mail only. */
  subject: string | null;
  text: string;
  /** The dossier code, for the provider's records. */
  reference: string;
}

/** A transport to the outside world; `send` resolves once the provider accepted the message. */
export interface NotificationChannel {
  readonly kind: ChannelKind;
  send(message: OutboundMessage): Promise<void>;
  close?(): Promise<void> | void;
}
