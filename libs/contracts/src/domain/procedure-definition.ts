import { z } from 'zod';
import {
  boundaryFreeScopeSchema,
  jurisdictionBasisSchema,
  procedureCodeSchema,
  procedureLevelSchema,
} from './procedure';
import { assuranceLevelSchema } from '../rpc/identity';

/** How a processing time is counted (DOMAIN §3): working days, calendar days or (working) hours. */
export const DurationUnit = {
  WorkingDays: 'WORKING_DAYS',
  CalendarDays: 'CALENDAR_DAYS',
  Hours: 'HOURS',
} as const;
export type DurationUnit = (typeof DurationUnit)[keyof typeof DurationUnit];
export const durationUnitSchema = z.enum([
  DurationUnit.WorkingDays,
  DurationUnit.CalendarDays,
  DurationUnit.Hours,
]);
export const durationSchema = z.object({
  value: z.number().nonnegative().max(3650),
  unit: durationUnitSchema,
});
export type Duration = z.infer<typeof durationSchema>;

/** Online service level of a procedure: fully online, partly online, or not online. */
export const OnlineLevel = { Full: 'FULL', Partial: 'PARTIAL', None: 'NONE' } as const;
export type OnlineLevel = (typeof OnlineLevel)[keyof typeof OnlineLevel];
export const onlineLevelSchema = z.enum([OnlineLevel.Full, OnlineLevel.Partial, OnlineLevel.None]);

/** Kinds of agency that can be competent for a procedure at a level. */
export const competentAgencyKindSchema = z.enum([
  'PROVINCE_COMMITTEE',
  'DEPARTMENT',
  'COMMUNE_COMMITTEE',
  'CENTRAL',
  'POLICE',
]);

export const procedureFeeSchema = z.object({
  description: z.string().min(1).max(500),
  amountVnd: z.number().int().nonnegative(),
});

/** A document the applicant hands in; digitizable ones are scanned at intake, reusable ones come from data already held. */
export const procedureComponentSchema = z.object({
  name: z.string().min(1).max(500),
  copies: z.number().int().min(1).max(20).default(1),
  required: z.boolean().default(true),
  digitizable: z.boolean().default(false),
  reusable: z.boolean().default(false),
});

/**
 * One step of an inter-agency chain (DOMAIN §4: e.g. land → tax → land registry): the agency
 * that holds the dossier during the step and how long it has. `agencyCode` null means the
 * competent agency routing chose for the dossier.
 */
export const interAgencyStepSchema = z.object({
  title: z.string().trim().min(1).max(300),
  agencyCode: z.string().trim().min(1).max(40).nullable().default(null),
  duration: durationSchema,
});
export type InterAgencyStep = z.output<typeof interAgencyStepSchema>;

/** At most ten steps, at least two when there is a chain; the first at the competent agency. */
export const interAgencyStepsSchema = z
  .array(interAgencyStepSchema)
  .max(10)
  .superRefine((steps, ctx) => {
    if (steps.length === 1)
      ctx.addIssue({
        code: 'custom',
        message: 'a chain hands the dossier over: give at least two steps, or none',
      });
    if (steps.length > 0 && steps[0].agencyCode !== null)
      ctx.addIssue({
        code: 'custom',
        path: [0, 'agencyCode'],
        message: 'the first step is at the competent agency routing chooses: leave it null',
      });
  });

export const procedureLevelAssignmentSchema = z.object({
  level: procedureLevelSchema,
  competentAgencyKind: competentAgencyKindSchema,
});

/**
 * What a tenant administrator edits and what an import row carries: one procedure as the
 * province configures it. The first level is the procedure's main level.
 */
export const procedureDefinitionSchema = z.object({
  code: procedureCodeSchema,
  name: z.string().trim().min(3).max(500),
  fieldCode: z.string().trim().min(1).max(40),
  fieldName: z.string().trim().min(1).max(200),
  levels: z.array(procedureLevelAssignmentSchema).min(1),
  duration: durationSchema,
  /** Processing time when submitted online, if it differs. */
  onlineDuration: durationSchema.nullable().default(null),
  fees: z.array(procedureFeeSchema).default([]),
  components: z.array(procedureComponentSchema).default([]),
  resultType: z.string().trim().min(1).max(300),
  onlineLevel: onlineLevelSchema,
  boundaryFreeScope: boundaryFreeScopeSchema,
  /** Whose place decides the jurisdiction: the applicant's residence, the parcel, the business. */
  jurisdictionBasis: jurisdictionBasisSchema.default('RESIDENCE'),
  legalBasis: z.array(z.string().trim().min(1).max(300)).default([]),
  /** The ordered agencies the dossier passes through; empty when one agency decides alone. */
  interAgencySteps: interAgencyStepsSchema.default([]),
  /**
   * The e-ID assurance level (Decree 69/2024: 1 or 2) a citizen must have signed in with to
   * submit online; reception refuses a lower one with ASSURANCE_TOO_LOW. Counter receipt is
   * not affected (the receiver checks the papers).
   */
  requiredAssuranceLevel: assuranceLevelSchema.default(1),
});
export type ProcedureDefinitionInput = z.input<typeof procedureDefinitionSchema>;
export type ProcedureDefinition = z.output<typeof procedureDefinitionSchema>;

/**
 * Whole days a duration stands for, for displays and the first-version `durationDays` field:
 * working or calendar days as given, hours rounded up to 8-hour working days.
 */
export function durationInDays(duration: Duration): number {
  return duration.unit === DurationUnit.Hours
    ? Math.ceil(duration.value / 8)
    : Math.ceil(duration.value);
}
