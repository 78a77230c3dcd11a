import { z } from 'zod';
import { isoDateTime } from '../rpc/common';

/** How a result goes back to the applicant: at the branch they chose, by post, or electronically. */
export const ReturnMethod = { Branch: 'BRANCH', Post: 'POST', Electronic: 'ELECTRONIC' } as const;
export type ReturnMethod = (typeof ReturnMethod)[keyof typeof ReturnMethod];
export const returnMethodSchema = z.enum([
  ReturnMethod.Branch,
  ReturnMethod.Post,
  ReturnMethod.Electronic,
]);

/** How fees were paid; ONLINE is the "paid online" fact of DOMAIN §4. */
export const paymentMethodSchema = z.enum(['CASH', 'ONLINE', 'BANK_TRANSFER']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Timeliness buckets of every report (DOMAIN §5). */
export const timelinessSchema = z.enum([
  'EARLY',
  'ON_TIME',
  'LATE',
  'WITHIN_TIME',
  'OVERDUE',
  'PAUSED',
]);
export type DossierTimeliness = z.infer<typeof timelinessSchema>;

const text = z.string().trim().min(1).max(2000);
const note = text.optional();

/** One handover on the process control sheet (form 06), or an inter-agency step. */
export const processingStepSchema = z.object({
  title: z.string().trim().min(1).max(500),
  /** Unit or agency handing over (code or name). */
  from: z.string().trim().min(1).max(200).optional(),
  /** Unit or agency taking over (code or name). */
  to: z.string().trim().min(1).max(200).optional(),
  interAgency: z.boolean().default(false),
  note,
});
export type ProcessingStep = z.input<typeof processingStepSchema>;

/** Every staff step of the dossier lifecycle (DOMAIN §4), told apart by `type`. */
export const dossierCommandSchema = z.discriminatedUnion('type', [
  /** The one-stop unit accepts an online dossier after checking it; its clock starts now. */
  z.object({ type: z.literal('ACCEPT'), note }),
  z.object({
    type: z.literal('REQUEST_SUPPLEMENT'),
    missingComponents: z.array(text).min(1).max(100),
    note,
  }),
  z.object({ type: z.literal('RECEIVE_SUPPLEMENT'), note }),
  z.object({ type: z.literal('REFUSE'), reasons: z.array(text).min(1).max(100) }),
  z.object({ type: z.literal('RECORD_STEP'), step: processingStepSchema }),
  z.object({ type: z.literal('MARK_RESULT_READY'), note }),
  z.object({ type: z.literal('RETURN_RESULT'), method: returnMethodSchema, note }),
  z.object({ type: z.literal('WITHDRAW'), reason: text }),
  z.object({ type: z.literal('STOP'), reason: text }),
  z.object({ type: z.literal('APOLOGIZE'), newDueAt: isoDateTime, reason: text }),
  z.object({
    type: z.literal('REQUEST_PAYMENT'),
    fees: z
      .array(
        z.object({
          description: z.string().trim().min(1).max(500),
          amountVnd: z.number().int().positive().max(10_000_000_000),
        }),
      )
      .min(1)
      .max(20),
    note,
  }),
  z.object({
    type: z.literal('CONFIRM_PAYMENT'),
    method: paymentMethodSchema,
    /** Receipt number or the payment gateway's transaction id. */
    reference: z.string().trim().min(1).max(200).optional(),
  }),
]);
export type DossierCommandInput = z.input<typeof dossierCommandSchema>;
export type DossierCommand = z.output<typeof dossierCommandSchema>;

/** Command types, including the applicant's RATE (its own public RPC). */
export const dossierCommandTypeSchema = z.enum([
  'ACCEPT',
  'REQUEST_SUPPLEMENT',
  'RECEIVE_SUPPLEMENT',
  'REFUSE',
  'RECORD_STEP',
  'MARK_RESULT_READY',
  'RETURN_RESULT',
  'WITHDRAW',
  'STOP',
  'APOLOGIZE',
  'REQUEST_PAYMENT',
  'CONFIRM_PAYMENT',
  'RATE',
]);
export type DossierCommandType = z.infer<typeof dossierCommandTypeSchema>;

/** Satisfaction rating, 1 (very unsatisfied) to 5 (very satisfied). */
export const ratingSchema = z.number().int().min(1).max(5);
