import { z } from 'zod';
import { durationSchema } from '../domain/procedure-definition';
import { isoDateTime } from './common';

export const ChainStepStatus = {
  Pending: 'PENDING',
  Active: 'ACTIVE',
  Done: 'DONE',
  /** The dossier's processing ended before the step was done (withdrawn, stopped, refused). */
  Cancelled: 'CANCELLED',
} as const;
export type ChainStepStatus = (typeof ChainStepStatus)[keyof typeof ChainStepStatus];
export const chainStepStatusSchema = z.enum([
  ChainStepStatus.Pending,
  ChainStepStatus.Active,
  ChainStepStatus.Done,
  ChainStepStatus.Cancelled,
]);

/** One step of a dossier's inter-agency chain, as routing tracks it. */
export const chainStepSchema = z.object({
  /** 1-based position in the chain. */
  index: z.number().int().min(1),
  title: z.string(),
  agencyCode: z.string(),
  agencyName: z.string(),
  duration: durationSchema,
  status: chainStepStatusSchema,
  /** Null while pending. */
  startedAt: isoDateTime.nullable(),
  /** The step's deadline in working time from its start; null while pending. */
  dueAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  /** Who finished it: the staff member who handed over, or `system:routing` at the result. */
  finishedBy: z.string().nullable(),
  /** Active past its due time, or finished after it. */
  overdue: z.boolean(),
  note: z.string().nullable(),
});
export type ChainStep = z.infer<typeof chainStepSchema>;

export const dossierChainSchema = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  /** In order; empty when the dossier's procedure defines no chain. */
  steps: z.array(chainStepSchema),
});
export type DossierChain = z.infer<typeof dossierChainSchema>;

export const interAgencyRpc = {
  /**
   * A dossier's inter-agency chain with each step's agency, status and deadline (staff of the
   * tenant). NOT_FOUND when routing knows no such dossier; empty steps when it has no chain.
   */
  'routing.chain.get.v1': {
    tenantScoped: true,
    request: z.object({ dossierCode: z.string().min(1).max(64) }),
    response: dossierChainSchema,
  },
  /**
   * Finishes the active step and hands the dossier to the next step's agency, whose handler gets
   * it (a handler or approver of the active step's agency, or a supervisor).
   * ILLEGAL_TRANSITION on the last step (its agency marks the result ready), for a dossier
   * without a chain, or while it waits for the applicant or its processing has ended.
   */
  'routing.chain.advance.v1': {
    tenantScoped: true,
    request: z.object({
      dossierCode: z.string().min(1).max(64),
      note: z.string().trim().min(1).max(2000).optional(),
    }),
    response: dossierChainSchema,
  },
} as const;
