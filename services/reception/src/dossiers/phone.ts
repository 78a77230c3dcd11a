/** Phone numbers as stored: `0xxxxxxxxx`, without spaces, dots or dashes. */
export function normalizePhone(phone: string): string {
  const compact = phone.replace(/[\s.-]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}
