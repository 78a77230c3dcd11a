import { z } from 'zod';

/** A tenant is a provincial unit, named by a lowercase slug (`hanoi`, `hcmc`, `quang-ninh`). */
export const tenantIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'tenant must be a lowercase slug like "hanoi"');
export type TenantId = z.infer<typeof tenantIdSchema>;
