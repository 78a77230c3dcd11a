import { tenantIdSchema } from '@motcua/contracts';
import { z } from 'zod';

/** `aud` the gateway's access tokens carry unless an issuer says otherwise. */
export const DEFAULT_AUDIENCE = 'motcua-gateway';

const issuerUrl = z.url({
  protocol: /^https?$/,
  error: "must be the issuer URL exactly as in the tokens' iss claim (http or https)",
});
const audience = z.string().min(1).default(DEFAULT_AUDIENCE);

/** A staff IdP: one Keycloak realm per tenant, so the issuer names the tenant. */
const staffIssuerSchema = z.strictObject({
  issuer: issuerUrl,
  kind: z.literal('staff'),
  tenant: z
    .string({ error: 'required for staff issuers: the tenant whose realm this is' })
    .pipe(tenantIdSchema),
  audience,
});

/** A national e-ID issuer (VNeID-style): citizens of every tenant sign in there. */
const citizenIssuerSchema = z.strictObject({
  issuer: issuerUrl,
  kind: z.literal('citizen'),
  tenant: z.never({ error: 'citizen issuers serve every tenant: remove tenant' }).optional(),
  audience,
});

export const issuerSchema = z.discriminatedUnion('kind', [staffIssuerSchema, citizenIssuerSchema], {
  error: 'each issuer needs kind "staff" or "citizen"',
});
export type IssuerConfig = z.output<typeof issuerSchema>;
export type StaffIssuerConfig = Extract<IssuerConfig, { kind: 'staff' }>;

const SHAPE =
  'a JSON array of { issuer, kind: "staff" | "citizen", tenant (staff only), audience? }';

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
