import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
export const emptySchema = z.object({}).strict();

/** Who a request is made for. Travels in the `x-actor` header as JSON. */
export const actorSchema = z.object({
  /** INTEGRATOR: an API client of the tenant (national portal, branch frontend). */
  kind: z.enum(['STAFF', 'CITIZEN', 'INTEGRATOR', 'SYSTEM']),
  /** Staff: the staff IdP's `sub`; citizen: the platform person id; integrator: the client id. */
  subject: z.string().min(1),
  tenant: z.string().optional(),
  roles: z.array(z.string()).default([]),
  /** Staff: the branches they receive at (receivers act for these only). */
  branchIds: z.array(z.string()).default([]),
  /** Staff: the agencies they work for (handlers and approvers act on those agencies' dossiers). */
  agencyCodes: z.array(z.string()).default([]),
  /** Citizen: the personal ID from the national e-ID (never logged in full). */
  personalId: z.string().optional(),
  /** Citizen: the e-ID assurance level of this sign-in (Decree 69/2024: 1 or 2). */
  assurance: z.number().int().min(1).max(2).optional(),
  /** Integrator: what the client was granted (`dossier:read`, `dossier:submit`, ...). */
  scopes: z.array(z.string()).default([]),
  displayName: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;
/** An actor as callers write it: the unit and scope lists may be left out. */
export type ActorInput = z.input<typeof actorSchema>;
