import { createTransport } from 'nodemailer';
import type { NotificationChannel, OutboundMessage } from './notification-channel';

export interface SmtpEmailOptions {
  /** `smtp://host:port`, `smtps://user:pass@host:465`. */
  url: string;
  from: string;
  timeoutMs: number;
}

/** E-mail through an SMTP relay (nodemailer); plain text, UTF-8. */
export class SmtpEmailChannel implements NotificationChannel {
  readonly kind = 'EMAIL' as const;
  private readonly transport;

  constructor(private readonly options: SmtpEmailOptions) {
    this.transport = createTransport({
      url: options.url,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    });
  }

  async send(message: OutboundMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: message.to,
      subject: message.subject ?? '',
      text: message.text,
      headers: { 'X-Motcua-Delivery': message.deliveryId, 'X-Motcua-Reference': message.reference },
    });
  }

  close(): void {
    this.transport.close();
  }
}
