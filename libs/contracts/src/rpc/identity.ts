import { z } from 'zod';
import { isoDateTime } from './common';

export const StaffRole = {
  /** Receives dossiers at the counters of their branches. */
  Receiver: 'RECEIVER',
  /** Processes the dossiers routed or handed over to their agencies. */
  Handler: 'HANDLER',
  /** Heads an agency: decides, reassigns, receives its escalations. */
  Approver: 'APPROVER',
  /** Oversees the tenant's service center: every dossier of the tenant. */
  Supervisor: 'SUPERVISOR',
  /** Administers the tenant: staff, roles, units, API clients, reference data. */
  TenantAdmin: 'TENANT_ADMIN',
  /** Reads every dossier of the tenant and the access log; changes nothing. */
  Auditor: 'AUDITOR',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];
export const staffRoleSchema = z.enum(Object.values(StaffRole) as [StaffRole, ...StaffRole[]]);

/** What an integrator (API client) may be granted. */
export const IntegratorScope = {
  /** Read any dossier of the tenant (the national portal's sync). */
  DossierRead: 'dossier:read',
  /** Submit online dossiers on an applicant's behalf (the national portal's inbound dossiers). */
  DossierSubmit: 'dossier:submit',
  /** Public tracking and the catalog without the per-address limit (branch frontends, kiosks). */
  PublicRead: 'public:read',
} as const;
export type IntegratorScope = (typeof IntegratorScope)[keyof typeof IntegratorScope];
export const integratorScopeSchema = z.enum(
  Object.values(IntegratorScope) as [IntegratorScope, ...IntegratorScope[]],
);

export const PrincipalKind = {
  Staff: 'STAFF',
  Citizen: 'CITIZEN',
  Integrator: 'INTEGRATOR',
} as const;
export type PrincipalKind = (typeof PrincipalKind)[keyof typeof PrincipalKind];
export const principalKindSchema = z.enum(['STAFF', 'CITIZEN', 'INTEGRATOR']);

/** e-ID assurance level (Decree 69/2024): 1 = basic account, 2 = verified in person/chip. */
export const assuranceLevelSchema = z.number().int().min(1).max(2);

/**
 * The authenticated caller, as the gateway reads it from a platform access token (identity
 * issued it; the gateway verifies only platform tokens).
 */
export const principalSchema = z.object({
  kind: principalKindSchema,
  /** Staff: the staff IdP's `sub`; citizen: the platform person id; integrator: the client id. */
  subject: z.string(),
  /** Staff and integrators: their tenant; citizens: '' (they act in the tenant a request names). */
  tenant: z.string(),
  displayName: z.string(),
  roles: z.array(staffRoleSchema),
  /** Staff: the branches they belong to. */
  branchIds: z.array(z.string()),
  /** Staff: the agencies they belong to. */
  agencyCodes: z.array(z.string()),
  /** Citizen: the personal ID (12 digits, or a legacy 9-digit one). */
  personalId: z.string().nullable(),
  /** Citizen: the e-ID assurance level of the sign-in. */
  assurance: assuranceLevelSchema.nullable(),
  /** Integrator: the scopes granted. */
  scopes: z.array(integratorScopeSchema),
  /** Seconds since the epoch when the token expires: callers may cache the principal until then. */
  expiresAt: z.number().int(),
});
export type Principal = z.infer<typeof principalSchema>;

/**
 * Claims of a platform access token (a JWT signed by identity with a key of its JWKS):
 * `iss` = the platform issuer, `aud` = `motcua-gateway`, `sub`, `exp`, `iat`, `jti`, and these.
 */
export const platformTokenClaimsSchema = z.object({
  kind: principalKindSchema,
  tenant: z.string(),
  name: z.string(),
  roles: z.array(staffRoleSchema).default([]),
  branches: z.array(z.string()).default([]),
  agencies: z.array(z.string()).default([]),
  /** Citizen personal ID. */
  pid: z.string().optional(),
  /** Citizen assurance level. */
  acr: assuranceLevelSchema.optional(),
  /** Integrator scopes, space-separated (RFC 8693 style). */
  scope: z.string().optional(),
});
export type PlatformTokenClaims = z.infer<typeof platformTokenClaimsSchema>;
export const PLATFORM_TOKEN_AUDIENCE = 'motcua-gateway';

/** A public JSON Web Key of identity's signing keys (RFC 7517), as the JWKS publishes it. */
export const publicJwkSchema = z
  .object({
    kty: z.string(),
    kid: z.string(),
    alg: z.string(),
    use: z.literal('sig'),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));
export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** Where a sign-in goes: the national e-ID (citizens) or a tenant's staff IdP. */
export const loginProviderSchema = z.union([
  z.literal('citizen'),
  z.object({ staffTenant: z.string().min(1) }),
]);

const pkceChallenge = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'S256 code challenge (base64url)');
const pkceVerifier = z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, 'RFC 7636 code verifier');

/** The grants identity's token endpoint answers (OAuth 2.0 names). */
export const tokenGrantSchema = z.discriminatedUnion('grantType', [
  /** The one-time code the sign-in callback handed to the app, with the app's PKCE verifier. */
  z.object({
    grantType: z.literal('authorization_code'),
    code: z.string().min(16).max(256),
    codeVerifier: pkceVerifier,
    redirectUri: z.url(),
  }),
  /** A refresh token (rotated on every use; a reused one revokes its whole family). */
  z.object({ grantType: z.literal('refresh_token'), refreshToken: z.string().min(16).max(256) }),
  /** RFC 8693: an access token of a configured upstream issuer (staff IdP, national e-ID). */
  z.object({
    grantType: z.literal('token_exchange'),
    subjectToken: z.string().min(10).max(8192),
  }),
  /** An integrator's client credentials. */
  z.object({
    grantType: z.literal('client_credentials'),
    clientId: z.string().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
    /** Space-separated subset of the client's scopes; all of them when absent. */
    scope: z.string().max(500).optional(),
  }),
]);
export type TokenGrant = z.infer<typeof tokenGrantSchema>;

export const tokenResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds. */
  expiresIn: z.number().int().positive(),
  refreshToken: z.string().optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const staffUnitsSchema = z.object({
  branchIds: z.array(z.string().min(1)).max(50).default([]),
  agencyCodes: z.array(z.string().min(1)).max(50).default([]),
});

export const staffMemberSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  subject: z.string(),
  displayName: z.string(),
  roles: z.array(staffRoleSchema),
  branchIds: z.array(z.string()),
  agencyCodes: z.array(z.string()),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const apiClientSchema = z.object({
  clientId: z.string(),
  tenant: z.string(),
  name: z.string(),
  scopes: z.array(integratorScopeSchema),
  active: z.boolean(),
  createdAt: isoDateTime,
  secretRotatedAt: isoDateTime,
  /** Until when the secret before the last rotation is still accepted (null: none). */
  previousSecretValidUntil: isoDateTime.nullable(),
});
export type ApiClient = z.infer<typeof apiClientSchema>;

/** A client with its secret: returned once, on registration or rotation, never stored in clear. */
export const apiClientWithSecretSchema = z.object({
  client: apiClientSchema,
  clientSecret: z.string(),
});

export const identityRpc = {
  /** identity's public signing keys (current, next and recently retired) as a JWKS. */
  'identity.keys.list.v1': {
    tenantScoped: false,
    request: z.object({}),
    response: z.object({ keys: z.array(publicJwkSchema) }),
  },
  /** Starts a sign-in: remembers state, nonce and PKCE, answers the upstream authorization URL. */
  'identity.login.start.v1': {
    tenantScoped: false,
    request: z.object({
      provider: loginProviderSchema,
      /** The gateway's callback URL the upstream IdP redirects to (must be registered there). */
      callbackUrl: z.url(),
      /** Where the app wants the one-time code: must be one of identity's allowed app URLs. */
      redirectUri: z.url(),
      /** The app's PKCE challenge (S256) for the one-time code. */
      codeChallenge: pkceChallenge,
      /** The app's opaque state, returned as is. */
      appState: z.string().max(500).optional(),
    }),
    response: z.object({ authorizationUrl: z.url() }),
  },
  /** Finishes a sign-in from the upstream redirect: answers where to send the browser with a code. */
  'identity.login.complete.v1': {
    tenantScoped: false,
    request: z.object({
      /** The full URL the upstream IdP redirected to (code, state, iss or error). */
      callbackUrl: z.url(),
    }),
    response: z.object({ redirectTo: z.url() }),
  },
  'identity.token.issue.v1': {
    tenantScoped: false,
    request: z.object({ grant: tokenGrantSchema }),
    response: tokenResponseSchema,
  },
  /** Revokes a refresh token and its family (sign-out); unknown tokens are not an error (RFC 7009). */
  'identity.token.revoke.v1': {
    tenantScoped: false,
    request: z.object({ refreshToken: z.string().min(1).max(256) }),
    response: z.object({ revoked: z.boolean() }),
  },
  'identity.staff.list.v1': {
    tenantScoped: true,
    request: z.object({ includeInactive: z.boolean().default(false) }),
    response: z.object({ staff: z.array(staffMemberSchema) }),
  },
  /** Creates or updates a staff member of the tenant: tenant administrators only. */
  'identity.staff.save.v1': {
    tenantScoped: true,
    request: z
      .object({
        subject: z.string().min(1).max(200),
        displayName: z.string().min(1).max(200),
        roles: z.array(staffRoleSchema).max(6),
        active: z.boolean().default(true),
      })
      .extend(staffUnitsSchema.shape),
    response: staffMemberSchema,
  },
  'identity.client.list.v1': {
    tenantScoped: true,
    request: z.object({}),
    response: z.object({ clients: z.array(apiClientSchema) }),
  },
  'identity.client.register.v1': {
    tenantScoped: true,
    request: z.object({
      name: z.string().min(1).max(200),
      scopes: z.array(integratorScopeSchema).min(1),
    }),
    response: apiClientWithSecretSchema,
  },
  /** A new secret; the previous one keeps working for the grace period, then only the new one. */
  'identity.client.rotate-secret.v1': {
    tenantScoped: true,
    request: z.object({
      clientId: z.string().min(1),
      /** How long the old secret stays valid (0: revoke it now). */
      graceSeconds: z
        .number()
        .int()
        .min(0)
        .max(30 * 24 * 3600)
        .default(24 * 3600),
    }),
    response: apiClientWithSecretSchema,
  },
  'identity.client.revoke.v1': {
    tenantScoped: true,
    request: z.object({ clientId: z.string().min(1) }),
    response: apiClientSchema,
  },
} as const;
