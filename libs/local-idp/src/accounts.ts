import { createHash, timingSafeEqual } from 'node:crypto';

import {
  citizenAcr,
  DEMO_PASSWORD,
  VNEID_CLAIMS,
  type AssuranceLevel,
} from './local-idp.constants';
import type { LocalIdpAccount } from './local-idp.types';

export type AccountKind = 'staff' | 'citizen';

const PERSONAL_ID = /^\d{12}$/;

/**
 * The accounts of the stand-in providers. Listed accounts shape the claims and may set their own
 * password and assurance level; any other username (staff) or well-formed personal ID (citizen)
 * signs in with the demo password, so the demo needs no account setup.
 */
export class AccountDirectory {
  private readonly accounts: Map<string, LocalIdpAccount>;

  constructor(accounts: Record<string, LocalIdpAccount>) {
    this.accounts = new Map(Object.entries(accounts));
  }

  /** The claims of an account, as the provider puts them in its tokens. */
  claims(kind: AccountKind, accountId: string): Record<string, string | number> {
    const account = this.accounts.get(accountId) ?? {};
    const name = account.name ?? accountId;
    if (kind === 'staff') {
      // Keycloak puts the username in preferred_username.
      return { sub: accountId, name, preferred_username: accountId };
    }
    const level = this.assurance(accountId);
    return {
      sub: accountId,
      [VNEID_CLAIMS.name]: name,
      [VNEID_CLAIMS.personalId]: account.personalId ?? derivePersonalId(accountId),
      [VNEID_CLAIMS.assurance]: level,
      acr: citizenAcr(level),
    };
  }

  assurance(accountId: string): AssuranceLevel {
    return this.accounts.get(accountId)?.assurance ?? 2;
  }

  /** The account a staff member signs in as with this username and password, if they match. */
  signInStaff(username: string, password: string): string | undefined {
    const accountId = username.trim();
    if (accountId === '') return undefined;
    return this.passwordMatches(accountId, password) ? accountId : undefined;
  }

  /**
   * The account a citizen signs in as with this personal ID and password, if they match: the
   * listed account with that personal ID, else an account of its own (an opaque id, as VNeID's
   * `sub` is not the personal ID).
   */
  signInCitizen(personalId: string, password: string): string | undefined {
    const id = personalId.trim();
    if (!PERSONAL_ID.test(id)) return undefined;
    const accountId = this.citizenAccountOf(id);
    return this.passwordMatches(accountId, password) ? accountId : undefined;
  }

  private citizenAccountOf(personalId: string): string {
    for (const [accountId, account] of this.accounts) {
      if ((account.personalId ?? derivePersonalId(accountId)) === personalId) return accountId;
    }
    const accountId = `vneid.${createHash('sha256').update(personalId).digest('hex').slice(0, 20)}`;
    this.accounts.set(accountId, { name: 'Công dân (tài khoản demo)', personalId });
    return accountId;
  }

  private passwordMatches(accountId: string, password: string): boolean {
    const expected = Buffer.from(this.accounts.get(accountId)?.password ?? DEMO_PASSWORD);
    const given = Buffer.from(password);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** A stable 12-digit number from the account id, so a citizen keeps the same id across runs. */
export function derivePersonalId(accountId: string): string {
  const digest = createHash('sha256').update(accountId).digest();
  const province = BIRTH_PROVINCES[digest[0] % BIRTH_PROVINCES.length];
  const rest = digest.readBigUInt64BE(1) % 10n ** 9n;
  return `${province}${rest.toString().padStart(9, '0')}`;
}

/** Birth-registration province codes a derived ID starts with, so identity accepts it. */
const BIRTH_PROVINCES = ['001', '022', '031', '048', '074', '079', '092'] as const;
