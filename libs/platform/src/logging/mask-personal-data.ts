import { maskPersonalId } from '@motcua/contracts';

// Standalone digit runs only (not inside codes, uuids or longer numbers).
const PHONE = /(?<![\w+-])(?:\+84|0)\d{9}(?![\w-])/g;
const PERSONAL_ID = /(?<![\w+-])(?:\d{12}|\d{9})(?![\w-])/g;

/**
 * Masks what looks like a phone number (0xxxxxxxxx, +84xxxxxxxxx) or a personal ID (12 digits,
 * legacy 9) in free text, so a log line never carries one in full, whoever formatted it.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(
      PHONE,
      (phone) => `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`,
    )
    .replace(PERSONAL_ID, (id) => maskPersonalId(id));
}
