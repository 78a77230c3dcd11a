import { z } from 'zod';
import { isoDate } from './common';

/** What report rows may be grouped by (docs/reports.md). MONTH and DAY are Vietnam periods. */
export const reportDimensionSchema = z.enum([
  'TENANT',
  'BRANCH',
  'AGENCY',
  'PROCEDURE',
  'FIELD',
  'MONTH',
  'DAY',
]);
export type ReportDimension = z.infer<typeof reportDimensionSchema>;

/** A report's days, both included, in Vietnam time. */
export const reportRangeShape = { from: isoDate, to: isoDate };

export const reportFiltersSchema = z.object({
  branchId: z.string().min(1).max(100).optional(),
  agencyCode: z.string().min(1).max(40).optional(),
  procedureCode: z.string().min(1).max(60).optional(),
  fieldCode: z.string().min(1).max(20).optional(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

/** The buckets every Vietnamese report uses (DOMAIN §5), for one group of one period. */
export const dossierReportRowSchema = z.object({
  tenant: z.string().nullable(),
  branchId: z.string().nullable(),
  /** Null when not grouped by agency, or for dossiers not yet routed to a competent agency. */
  agencyCode: z.string().nullable(),
  procedureCode: z.string().nullable(),
  fieldCode: z.string().nullable(),
  /** `yyyy-MM` or `yyyy-MM-dd` when grouped by MONTH or DAY, else null. */
  period: z.string().nullable(),
  /** Open at the start of the period (received before it, not finished by then). */
  carriedOver: z.number().int(),
  receivedOnline: z.number().int(),
  receivedCounter: z.number().int(),
  receivedPostal: z.number().int(),
  /** Received in the period, all channels. */
  received: z.number().int(),
  /** Result ready in the period on an earlier Vietnam day than the deadline. */
  finishedEarly: z.number().int(),
  /** Result ready in the period on the deadline's day, not after the deadline. */
  finishedOnTime: z.number().int(),
  /** Result ready in the period after the deadline (the first one, apologies do not move it). */
  finishedLate: z.number().int(),
  /** Refused, withdrawn or stopped in the period (closed without a result). */
  closedWithoutResult: z.number().int(),
  /** Open at the end of the period with the deadline not yet passed, clock running. */
  inProgressWithinTime: z.number().int(),
  /** Open at the end of the period with the deadline passed, clock running. */
  inProgressOverdue: z.number().int(),
  /** Open at the end of the period with the clock paused (supplement or payment). */
  paused: z.number().int(),
  /** Mean minutes from acceptance to result of the ones finished in the period; null if none. */
  averageProcessingMinutes: z.number().nullable(),
  /** Of the ones finished with a result in the period: rated, and rated 4 or 5. */
  rated: z.number().int(),
  satisfied: z.number().int(),
  /** Received in the period with at least one stored scan of a component. */
  digitized: z.number().int(),
  /** (early + on time) / finished with a result; null when none finished. */
  onTimeRate: z.number().nullable(),
  /** satisfied / rated; null when none rated. */
  satisfactionRate: z.number().nullable(),
  /** digitized / received; null when none received. */
  digitizationRate: z.number().nullable(),
  /** online / received; null when none received. */
  onlineRate: z.number().nullable(),
});
export type DossierReportRow = z.infer<typeof dossierReportRowSchema>;

export const dossierReportRequestSchema = z.object({
  ...reportRangeShape,
  groupBy: z.array(reportDimensionSchema).max(7).default([]),
  filters: reportFiltersSchema.default({}),
});

/** One measure of a Decision 766 group: the platform's value, points earned and possible. */
export const serviceIndexMeasureSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** 0..1 (a share), minutes for average time; null when the platform has no data. */
  value: z.number().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  /** The platform's own approximation of the national measure (docs/reports.md). */
  approximation: z.boolean(),
});

export const serviceIndexGroupSchema = z.object({
  key: z.enum(['TRANSPARENCY', 'PROGRESS', 'DIGITIZATION', 'ONLINE', 'SATISFACTION']),
  label: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  measures: z.array(serviceIndexMeasureSchema),
});
export type ServiceIndexGroup = z.infer<typeof serviceIndexGroupSchema>;

export const serviceIndexSchema = z.object({
  from: isoDate,
  to: isoDate,
  points: z.number(),
  maxPoints: z.number(),
  groups: z.array(serviceIndexGroupSchema),
});
export type ServiceIndex = z.infer<typeof serviceIndexSchema>;

export const handlerThroughputRowSchema = z.object({
  subject: z.string(),
  /** Dossiers whose result they marked ready or which they stopped, and inter-agency steps they handed over, in the period. */
  handled: z.number().int(),
});

export const reportsRpc = {
  /** Report rows over [from, to] (Vietnam days) with the timeliness buckets and rates. */
  'reception.report.dossiers.v1': {
    tenantScoped: true,
    request: dossierReportRequestSchema,
    response: z.object({
      rows: z.array(dossierReportRowSchema),
      totals: dossierReportRowSchema,
    }),
  },
  /**
   * The Decision 766 groups computed from the platform's data. The gateway passes what
   * notification counted of the portal sync (reception never reads notification's tables).
   */
  'reception.report.service-index.v1': {
    tenantScoped: true,
    request: z.object({
      ...reportRangeShape,
      portalSync: z.object({ total: z.number().int(), synced: z.number().int() }).nullable(),
    }),
    response: serviceIndexSchema,
  },
  /** What each handler of an agency closed in [from, to]; the gateway adds routing's roster. */
  'reception.report.handler-throughput.v1': {
    tenantScoped: true,
    request: z.object({
      ...reportRangeShape,
      agencyCode: z.string().min(1).max(40),
      /** The agency's handlers (routing's roster). */
      subjects: z.array(z.string().min(1).max(200)).max(2000),
    }),
    response: z.object({ rows: z.array(handlerThroughputRowSchema) }),
  },
} as const;
