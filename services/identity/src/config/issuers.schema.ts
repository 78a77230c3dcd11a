import { tenantIdSchema } from '@motcua/contracts';
import { z } from 'zod';

/** `aud` the gateway's access tokens carry unless an issuer says otherwise. */
export const DEFAULT_AUDIENCE = 'motcua-gateway';

const issuerUrl = z.url({
  protocol: /^https?$/,
  error: "must be the issuer URL exactly as in the tokens' iss claim (http or https)",
});
const audience = z.string().min(1).default(DEFAULT_AUDIENCE);
/** The platform's client at the issuer, for sign-in (login.start); without it the issuer only
 * vouches for tokens. A client without a secret is public (PKCE only). */
const signInClient = {
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  /** Also read the userinfo endpoint at sign-in (issuers that keep profile claims there). */
  userinfo: z.boolean().optional(),
};

/** A staff IdP: one Keycloak realm per tenant, so the issuer names the tenant. */
const staffIssuerSchema = z.strictObject({
  issuer: issuerUrl,
  kind: z.literal('staff'),
  tenant: z
    .string({ error: 'required for staff issuers: the tenant whose realm this is' })
    .pipe(tenantIdSchema),
  audience,
  ...signInClient,
});

const claimName = z.string().min(1, 'must name a claim');

/** The claims a citizen issuer's tokens are read from unless its config names others. */
export const DEFAULT_CITIZEN_CLAIMS = {
  personalId: 'personal_id',
  name: 'name',
  assurance: 'acr',
} as const;

/** Which claims of a citizen issuer's tokens carry what identity reads. */
const citizenClaimsSchema = z
  .strictObject({
    /** The personal ID (12 digits, or a legacy 9-digit one). */
    personalId: claimName.default(DEFAULT_CITIZEN_CLAIMS.personalId),
    name: claimName.default(DEFAULT_CITIZEN_CLAIMS.name),
    /** The e-ID assurance level ('1', '2', 2, or a URN ending in the level). */
    assurance: claimName.default(DEFAULT_CITIZEN_CLAIMS.assurance),
  })
  .default(DEFAULT_CITIZEN_CLAIMS);
export type CitizenClaimNames = z.output<typeof citizenClaimsSchema>;

/** A national e-ID issuer (VNeID-style): citizens of every tenant sign in there. */
const citizenIssuerSchema = z.strictObject({
  issuer: issuerUrl,
  kind: z.literal('citizen'),
  tenant: z.never({ error: 'citizen issuers serve every tenant: remove tenant' }).optional(),
  audience,
  ...signInClient,
  /** `acr_values` sent with every sign-in (space-separated), e.g. the e-ID level asked for. */
  acrValues: z.string().min(1).optional(),
  claims: citizenClaimsSchema,
});

export const issuerSchema = z.discriminatedUnion('kind', [staffIssuerSchema, citizenIssuerSchema], {
  error: 'each issuer needs kind "staff" or "citizen"',
});
export type IssuerConfig = z.output<typeof issuerSchema>;
export type StaffIssuerConfig = Extract<IssuerConfig, { kind: 'staff' }>;
export type CitizenIssuerConfig = Extract<IssuerConfig, { kind: 'citizen' }>;

const SHAPE =
  'a JSON array of { issuer, kind: "staff" | "citizen", tenant (staff only), audience?, clientId?, clientSecret?, claims? (citizen only) }';

/** `IDENTITY_ISSUERS`: the only issuers whose tokens are accepted; required, at least one. */
export const issuersEnvSchema = z
  .string({ error: `required: ${SHAPE}` })
  .transform((value, ctx): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `not JSON: must be ${SHAPE}` });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(issuerSchema, { error: `must be ${SHAPE}` })
      .min(1, `must list at least one issuer: ${SHAPE}`)
      .superRefine((issuers, ctx) => {
        const seen = new Set<string>();
        issuers.forEach((entry, index) => {
          if (seen.has(entry.issuer)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'issuer'],
              message: `${entry.issuer} is listed twice`,
            });
          }
          seen.add(entry.issuer);
        });
      }),
  );
