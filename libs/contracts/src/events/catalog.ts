import { z } from 'zod';

/** Reference data changed: consumers drop the named entries from their caches. */
export const catalogChangedSchema = z.object({
  entity: z.enum(['tenant', 'branch', 'agency', 'procedure', 'unit', 'calendar']),
  /** Keys of the changed entries (branch id, procedure code...); empty means "all of them". */
  keys: z.array(z.string()),
});
export type CatalogChanged = z.infer<typeof catalogChangedSchema>;
