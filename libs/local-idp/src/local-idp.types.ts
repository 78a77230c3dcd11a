import type { AssuranceLevel } from './local-idp.constants';

/** A client registered in every provider of the local IdP (staff realms and VNeID alike). */
export interface LocalIdpClient {
  clientId: string;
  /** Without a secret the client is public (`token_endpoint_auth_method: none`, PKCE required). */
  clientSecret?: string;
  redirectUris: string[];
}

/**
 * Optional details of an account. Staff sign in with the account id as username; citizens with
 * the personal ID. Ids and personal IDs that are not listed sign in too, with the demo password.
 */
export interface LocalIdpAccount {
  /** Display name (`name` of staff, `HoVaTen` of citizens); defaults to the account id. */
  name?: string;
  /** 12-digit personal ID (`SoDinhDanh`, VNeID only); derived from the id if absent. */
  personalId?: string;
  /** Password of the login page; {@link DEMO_PASSWORD} if absent. */
  password?: string;
  /** Citizens: assurance level of their sign-ins (`IAL`, `acr`); 2 if absent. */
  assurance?: AssuranceLevel;
}

export interface LocalIdpOptions {
  /** 0 picks a free port; issuer URLs then carry the real one. */
  port: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Staff realms (tenants), each served as `/realms/<realm>`, e.g. `['hanoi', 'hcmc']`. */
  realms: string[];
  /** Extra clients, registered besides the demo client in every provider. */
  clients?: LocalIdpClient[];
  /** Account details by account id (staff and citizens share the map). */
  accounts?: Record<string, LocalIdpAccount>;
  /**
   * Signs in the account an authorization request names in `login_hint` without the login page
   * (scripts and tests: `fetchDemoToken`, `npm run token`). Off by default: like the real
   * providers, every sign-in then goes through the login page. Requests without a login hint
   * get the page either way.
   */
  autoLogin?: boolean;
}

export interface LocalIdpIssuers {
  /** Issuer URL by realm, e.g. `{ hanoi: 'http://127.0.0.1:3300/realms/hanoi' }`. */
  staff: Record<string, string>;
  /** The VNeID stand-in, `http://<host>:<port>/vneid`. */
  citizen: string;
}

export interface LocalIdp {
  /** Base URL of the server, `http://<host>:<port>` (no trailing slash). */
  url: string;
  issuers: LocalIdpIssuers;
  /** Stops the server and drops its open connections. */
  close(): Promise<void>;
}
