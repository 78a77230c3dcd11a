import { createHash } from 'node:crypto';

import { CITIZEN_ACR } from './local-idp.constants';
import type { LocalIdpAccount } from './local-idp.types';

export type AccountKind = 'staff' | 'citizen';

/**
 * Claims of an account. The stand-in trusts the login hint: any id is an account, the optional
 * map only supplies names and personal ids.
 */
export function accountClaims(
  kind: AccountKind,
  accountId: string,
  accounts: Record<string, LocalIdpAccount>,
): Record<string, string> {
  const account = accounts[accountId] ?? {};
  const name = account.name ?? accountId;
  if (kind === 'staff') {
    // Keycloak puts the username in preferred_username.
    return { sub: accountId, name, preferred_username: accountId };
  }
  return {
    sub: accountId,
    name,
    personal_id: account.personalId ?? derivePersonalId(accountId),
    acr: CITIZEN_ACR,
  };
}

/** A stable 12-digit number from the account id, so a citizen keeps the same id across runs. */
export function derivePersonalId(accountId: string): string {
  const digest = createHash('sha256').update(accountId).digest();
  const number = digest.readBigUInt64BE(0) % 10n ** 11n;
  return `0${number.toString().padStart(11, '0')}`;
}
