import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
export const emptySchema = z.object({}).strict();

/** Who a request is made for. Travels in the `x-actor` header as JSON. */
export const actorSchema = z.object({
  kind: z.enum(['STAFF', 'CITIZEN', 'SYSTEM']),
  subject: z.string().min(1),
  tenant: z.string().optional(),
  roles: z.array(z.string()).default([]),
  branchId: z.string().optional(),
  /** Staff: the agency they work for (handlers act on dossiers of that agency only). */
  agencyCode: z.string().optional(),
  displayName: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;
