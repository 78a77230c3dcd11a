import type { NotificationChannel, OutboundMessage, SendReceipt } from './notification-channel';

export interface HttpSmsOptions {
  url: string;
  timeoutMs: number;
}

/** An SMS gateway answered with a non-2xx status. */
export class SmsGatewayError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`SMS gateway answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'SmsGatewayError';
  }
}

/**
 * SMS through an HTTP gateway: `POST { to, text, reference }` with the delivery id as
 * `Idempotency-Key`, so a retry after a lost answer does not text the applicant twice.
 */
export class HttpSmsChannel implements NotificationChannel {
  readonly kind = 'SMS' as const;

  constructor(private readonly options: HttpSmsOptions) {}

  async send(message: OutboundMessage): Promise<SendReceipt> {
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': message.deliveryId },
      body: JSON.stringify({ to: message.to, text: message.text, reference: message.reference }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    // Read the body either way: it frees the connection, and a failure's body says why.
    const detail = await response.text().catch(() => '');
    if (!response.ok) throw new SmsGatewayError(response.status, detail.slice(0, 200));
    return { statusCode: response.status };
  }
}
