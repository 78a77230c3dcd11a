import { z } from 'zod';
import { submitDossierRequestSchema } from '@motcua/contracts';

/**
 * A dossier the national portal delivers (submitted online there): reception's submission
 * without the channel (always ONLINE) and with the portal's own dossier id as idempotency key.
 */
export const inboundDossierSchema = submitDossierRequestSchema
  .omit({ idempotencyKey: true, channel: true })
  .extend({
    portalDossierId: z
      .string()
      .min(8)
      .max(200)
      .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
  })
  .strict();
export type InboundDossier = z.infer<typeof inboundDossierSchema>;
