import type { JWTPayload } from 'jose';
import type { IssuerConfig } from '../config/issuers.schema';

/**
 * Who a configured upstream issuer (a staff IdP, the national e-ID) vouched for: from a verified
 * access token (token exchange) or a completed sign-in (authorization code).
 */
export interface UpstreamIdentity {
  issuer: IssuerConfig;
  /** The issuer's `sub`. */
  subject: string;
  /** Every claim the issuer asserted (citizen issuers: personal ID, name, assurance). */
  claims: JWTPayload;
}
