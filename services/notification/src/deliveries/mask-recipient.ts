import type { DeliveryChannel } from '../channels/notification-channel';

/** `0912345678` → `091*****78`: enough to tell numbers apart in logs, not to call one. */
export function maskPhone(phone: string): string {
  if (phone.length <= 5) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

/** `nguyen.van.a@example.vn` → `n***@example.vn`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** A webhook's recipient is its endpoint id: nothing personal to hide. */
export function maskRecipient(channel: DeliveryChannel, recipient: string): string {
  if (channel === 'WEBHOOK') return recipient;
  return channel === 'EMAIL' ? maskEmail(recipient) : maskPhone(recipient);
}

/** Replaces the recipient wherever it occurs in `text` (a provider's error may quote it). */
export function redactRecipient(text: string, channel: DeliveryChannel, recipient: string): string {
  return recipient ? text.split(recipient).join(maskRecipient(channel, recipient)) : text;
}
