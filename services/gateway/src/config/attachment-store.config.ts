import { z } from 'zod';

const httpUrl = z.string().refine((v) => {
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL such as https://s3.example.vn');

/** Where the scanned components' bytes live, and the S3 settings (each checked when set). */
export const attachmentStoreEnvShape = {
  /** `nats`: the NATS object store (default); `s3`: an S3-compatible bucket (production). */
  ATTACHMENT_STORE: z.enum(['nats', 's3']).default('nats'),
  ATTACHMENT_S3_ENDPOINT: httpUrl.optional(),
  ATTACHMENT_S3_REGION: z.string().min(1).optional(),
  ATTACHMENT_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens',
    )
    .optional(),
  ATTACHMENT_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ATTACHMENT_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (`endpoint/bucket/key`): what MinIO and most self-hosted stores expect. */
  ATTACHMENT_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional(),
};

type AttachmentStoreEnv = z.output<z.ZodObject<typeof attachmentStoreEnvShape>>;

/** The S3 settings once validated: all of them present. */
const s3StoreSchema = z
  .object({
    ATTACHMENT_S3_ENDPOINT: z.string(),
    ATTACHMENT_S3_REGION: z.string(),
    ATTACHMENT_S3_BUCKET: z.string(),
    ATTACHMENT_S3_ACCESS_KEY_ID: z.string(),
    ATTACHMENT_S3_SECRET_ACCESS_KEY: z.string(),
    ATTACHMENT_S3_FORCE_PATH_STYLE: z.boolean(),
  })
  .transform((s) => ({
    kind: 's3' as const,
    endpoint: s.ATTACHMENT_S3_ENDPOINT,
    region: s.ATTACHMENT_S3_REGION,
    bucket: s.ATTACHMENT_S3_BUCKET,
    accessKeyId: s.ATTACHMENT_S3_ACCESS_KEY_ID,
    secretAccessKey: s.ATTACHMENT_S3_SECRET_ACCESS_KEY,
    forcePathStyle: s.ATTACHMENT_S3_FORCE_PATH_STYLE,
  }));

export type S3StoreConfig = z.output<typeof s3StoreSchema>;
export type AttachmentStoreConfig = { kind: 'nats' } | S3StoreConfig;

const S3_SETTINGS = Object.keys(s3StoreSchema.in.shape) as (keyof AttachmentStoreEnv)[];

/**
 * One issue per S3 setting left unset when `ATTACHMENT_STORE=s3`. It runs even when other
 * variables are bad (`when`), so a single boot error lists everything to fix.
 */
export const requireS3Settings = z.superRefine<AttachmentStoreEnv>(
  (env, ctx) => {
    if (env.ATTACHMENT_STORE !== 's3') return;
    for (const name of S3_SETTINGS)
      if (env[name] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is required when ATTACHMENT_STORE=s3',
        });
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

/** The store the validated environment chose. */
export function attachmentStoreConfig(env: AttachmentStoreEnv): AttachmentStoreConfig {
  return env.ATTACHMENT_STORE === 's3' ? s3StoreSchema.parse(env) : { kind: 'nats' };
}
