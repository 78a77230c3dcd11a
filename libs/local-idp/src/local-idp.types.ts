/** A client registered in every provider of the local IdP (staff realms and VNeID alike). */
export interface LocalIdpClient {
  clientId: string;
  /** Without a secret the client is public (`token_endpoint_auth_method: none`, PKCE required). */
  clientSecret?: string;
  redirectUris: string[];
}

/** Optional details of an account; any account id signs in, these only shape its claims. */
export interface LocalIdpAccount {
  /** Display name (`name` claim); defaults to the account id. */
  name?: string;
  /** 12-digit citizen identity number (`personal_id`, VNeID only); derived from the id if absent. */
  personalId?: string;
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
