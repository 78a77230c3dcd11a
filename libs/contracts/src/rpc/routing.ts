import { z } from 'zod';
import { channelSchema } from '../domain/dossier-status';
import { procedureCodeSchema, procedureLevelSchema } from '../domain/procedure';
import { isoDate, isoDateTime } from './common';

/** Who decided when routing itself did (a rule, or a hold); a supervisor's subject otherwise. */
export const ROUTING_SYSTEM_ACTOR = 'system:routing';

export const routingDecisionStatusSchema = z.enum(['ROUTED', 'HELD']);
export type RoutingDecisionStatus = z.infer<typeof routingDecisionStatusSchema>;

/** A dossier named by its code or its id (exactly one of them). */
const dossierRefShape = {
  dossierCode: z.string().min(1).max(64).optional(),
  dossierId: z.uuid().optional(),
};
function exactlyOneDossierKey(r: { dossierCode?: string; dossierId?: string }): boolean {
  return (r.dossierCode === undefined) !== (r.dossierId === undefined);
}
const oneDossierKey = { message: 'give either dossierCode or dossierId', path: ['dossierCode'] };

export const dossierRefSchema = z
  .object(dossierRefShape)
  .refine(exactlyOneDossierKey, oneDossierKey);
export type DossierRef = z.infer<typeof dossierRefSchema>;

/** The rule id `dossier.routed.v1` carries when a supervisor routed a held dossier by hand. */
export const MANUAL_ROUTING_RULE_ID = 'manual';

/** One decision about a dossier, as it was taken: automatic (a rule, a hold) or by hand. */
export const routingDecisionEntrySchema = z.object({
  status: routingDecisionStatusSchema,
  agencyCode: z.string().nullable(),
  agencyName: z.string().nullable(),
  /** The rule that matched; null when none did, or when a supervisor routed by hand. */
  ruleId: z.string().nullable(),
  ruleVersion: z.number().int().positive().nullable(),
  /** Why: the rule and how it matched, why the dossier is held, or the supervisor's reason. */
  reason: z.string(),
  decidedAt: isoDateTime,
  /** `system:routing`, or the subject of the supervisor who routed by hand. */
  decidedBy: z.string(),
});
export type RoutingDecisionEntry = z.infer<typeof routingDecisionEntrySchema>;

/** The dossier as routing saw it when it was received. */
export const routedDossierFactsSchema = z.object({
  procedureCode: z.string(),
  procedureName: z.string(),
  fieldCode: z.string(),
  level: procedureLevelSchema,
  channel: channelSchema,
  /** As the dossier recorded it (possibly a unit that merged later). */
  jurisdictionUnitCode: z.string(),
  receivedAt: isoDateTime,
});
export type RoutedDossierFacts = z.infer<typeof routedDossierFactsSchema>;

/** The current routing decision of a dossier and every decision about it, oldest first. */
export const routingDecisionSchema = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  /** Null only for decisions taken before routing recorded the dossier's facts. */
  dossier: routedDossierFactsSchema.nullable(),
  ...routingDecisionEntrySchema.shape,
  history: z.array(routingDecisionEntrySchema),
});
export type RoutingDecision = z.infer<typeof routingDecisionSchema>;

/** A held dossier waiting for a supervisor. */
export const heldDossierSchema = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  dossier: routedDossierFactsSchema.nullable(),
  /** Why no agency was found. */
  reason: z.string(),
  heldAt: isoDateTime,
});
export type HeldDossier = z.infer<typeof heldDossierSchema>;

/**
 * What a routing rule matches. A criterion left out (or null) matches anything; a list holds
 * when the dossier's value is in it. `jurisdictionUnitCodes` holds when the dossier's
 * jurisdiction unit or any unit above it is listed; a listed unit that ended stands for its
 * successors in force on the receipt date.
 */
export const routingRuleMatchSchema = z.object({
  procedureCodes: z.array(procedureCodeSchema).min(1).max(500).nullable().default(null),
  fieldCodes: z.array(z.string().trim().min(1).max(40)).min(1).max(200).nullable().default(null),
  level: procedureLevelSchema.nullable().default(null),
  channels: z.array(channelSchema).min(1).max(3).nullable().default(null),
  jurisdictionUnitCodes: z
    .array(z.string().trim().min(1).max(20))
    .min(1)
    .max(500)
    .nullable()
    .default(null),
});
export type RoutingRuleMatch = z.infer<typeof routingRuleMatchSchema>;

/** A fixed agency, or the People's Committee of the dossier's jurisdiction unit (commune). */
export const routingRuleTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('AGENCY'), agencyCode: z.string().trim().min(1).max(40) }),
  z.object({ kind: z.literal('JURISDICTION_COMMITTEE') }),
]);
export type RoutingRuleTarget = z.infer<typeof routingRuleTargetSchema>;

/** Rule ids are stable across versions: lower-case letters, digits and dashes. */
export const routingRuleIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'rule id: lower-case letters, digits and dashes');

/** One version of a routing rule. */
export const routingRuleSchema = z.object({
  id: routingRuleIdSchema,
  version: z.number().int().positive(),
  /** Lower is checked first; ties are broken by id. */
  priority: z.number().int(),
  match: routingRuleMatchSchema,
  target: routingRuleTargetSchema,
  /** First day the version applies (Vietnam date of receipt). */
  validFrom: isoDate,
  /** Last day it applies, inclusive; null while open-ended. */
  validTo: isoDate.nullable(),
  /** Staff subject of the administrator who wrote it, or `system:demo-seed`. */
  createdBy: z.string(),
  createdAt: isoDateTime,
});
export type RoutingRuleVersion = z.infer<typeof routingRuleSchema>;

export const saveRoutingRuleRequestSchema = z.object({
  /** A new id creates a rule; an existing one adds its next version. */
  id: routingRuleIdSchema,
  priority: z.number().int().min(0).max(1_000_000),
  match: routingRuleMatchSchema.default({
    procedureCodes: null,
    fieldCodes: null,
    level: null,
    channels: null,
    jurisdictionUnitCodes: null,
  }),
  target: routingRuleTargetSchema,
  /** Today or later; after the start of the rule's latest version. */
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
});
export type SaveRoutingRuleRequest = z.input<typeof saveRoutingRuleRequestSchema>;

/** Where a handler works: sets their yearly throughput norm (DOMAIN §5). */
export const AreaKind = { Urban: 'URBAN', Rural: 'RURAL', Remote: 'REMOTE' } as const;
export type AreaKind = (typeof AreaKind)[keyof typeof AreaKind];
export const areaKindSchema = z.enum([AreaKind.Urban, AreaKind.Rural, AreaKind.Remote]);

/** Dossiers per staff-year the seeds set as the norm (DOMAIN §5). */
export const HANDLER_NORM_PER_YEAR: Readonly<Record<AreaKind, number>> = {
  URBAN: 1600,
  RURAL: 1200,
  REMOTE: 800,
};

/** A handler's absence, both days included (Vietnam dates). */
export const handlerAbsenceSchema = z.object({
  id: z.uuid(),
  from: isoDate,
  to: isoDate,
  reason: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
});
export type HandlerAbsence = z.infer<typeof handlerAbsenceSchema>;

/** A handler of an agency with their load (the roster the head manages). */
export const handlerSchema = z.object({
  /** The staff member's subject (their sign-in account). */
  subject: z.string(),
  displayName: z.string(),
  agencyCode: z.string(),
  /** Skills: the fields they handle; null = every field of the agency. */
  fieldCodes: z.array(z.string()).nullable(),
  areaKind: areaKindSchema,
  /** Yearly throughput norm from the area kind: 1,600 urban, 1,200 rural, 800 remote. */
  normPerYear: z.number().int(),
  /** New dossiers they may be given per day. */
  dailyCapacity: z.number().int(),
  /** Inactive handlers are given nothing. */
  active: z.boolean(),
  /**
   * Dossiers whose assignment closed this (Vietnam) year while they held it, and inter-agency
   * steps they handed over to the next agency this year.
   */
  handledThisYear: z.number().int(),
  /** Open dossiers they hold now. */
  openLoad: z.number().int(),
  /** Dossiers given to them today. */
  assignedToday: z.number().int(),
  absentToday: z.boolean(),
  /** Absences that have not ended yet, earliest first. */
  absences: z.array(handlerAbsenceSchema),
});
export type Handler = z.infer<typeof handlerSchema>;

/** A dossier in a work queue. */
export const queueItemSchema = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  agencyCode: z.string(),
  /** Null while nobody is free to take it (visible to the head). */
  handlerSubject: z.string().nullable(),
  handlerName: z.string().nullable(),
  procedureCode: z.string(),
  procedureName: z.string(),
  fieldCode: z.string(),
  receivedAt: isoDateTime,
  /**
   * The dossier's due time, or its active inter-agency step's when earlier. Null while the
   * dossier's clock is paused (supplement requested, awaiting payment).
   */
  dueAt: isoDateTime.nullable(),
  assignedAt: isoDateTime.nullable(),
  overdue: z.boolean(),
  /** Due within the configured margin (QUEUE_NEARING_DUE_MINUTES) and not overdue yet. */
  nearingDue: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

const queueResponseSchema = z.object({
  /** Ordered by due time (paused dossiers last), then receipt. */
  items: z.array(queueItemSchema),
  totalCount: z.number().int(),
  overdueCount: z.number().int(),
  nearingDueCount: z.number().int(),
  nearingDueMinutes: z.number().int(),
});

export const routingRpc = {
  /** The routing decision of a dossier of the tenant, with why (staff of the tenant). */
  'routing.decision.get.v1': {
    tenantScoped: true,
    request: dossierRefSchema,
    response: routingDecisionSchema,
  },
  /** The supervisor queue: held dossiers of the tenant, oldest first (supervisors, administrators). */
  'routing.held.list.v1': {
    tenantScoped: true,
    request: z.object({
      first: z.number().int().min(1).max(200).default(50),
      after: z.string().optional(),
    }),
    response: z.object({
      items: z.array(heldDossierSchema),
      totalCount: z.number().int(),
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  },
  /**
   * A supervisor of the tenant routes a held dossier by hand to an agency of the catalog, with a
   * reason; `dossier.routed.v1` follows (ruleId `manual`). ILLEGAL_TRANSITION when it is not held.
   */
  'routing.dossier.route.v1': {
    tenantScoped: true,
    request: z
      .object({
        ...dossierRefShape,
        agencyCode: z.string().min(1).max(40),
        reason: z.string().trim().min(3).max(2000),
      })
      .refine(exactlyOneDossierKey, oneDossierKey),
    response: routingDecisionSchema,
  },
  /**
   * The tenant's rules (staff of the tenant): the versions in force on `asOf` (today when
   * absent) in the order they are checked; with `allVersions`, every version (of `id` when
   * given), by id then version.
   */
  'routing.rule.list.v1': {
    tenantScoped: true,
    request: z.object({
      asOf: isoDate.optional(),
      allVersions: z.boolean().default(false),
      id: routingRuleIdSchema.optional(),
    }),
    response: z.object({ rules: z.array(routingRuleSchema) }),
  },
  /**
   * Creates a rule, or the next version of one (tenant administrators). A version in force never
   * changes: the new one starts today or later, and the version before it ends the day before.
   * VALIDATION_FAILED for an unknown agency or unit; CONFLICT when it does not start after the
   * latest version.
   */
  'routing.rule.save.v1': {
    tenantScoped: true,
    request: saveRoutingRuleRequestSchema,
    response: z.object({
      rule: routingRuleSchema,
      /** The version before it, as it now ends; null for a new rule. */
      previous: routingRuleSchema.nullable(),
    }),
  },
  /**
   * Creates or changes a handler of an agency (a tenant administrator, or the head: an APPROVER
   * of that agency). Deactivating a handler or moving them to another agency re-assigns their
   * open dossiers in the old agency.
   */
  'routing.handler.save.v1': {
    tenantScoped: true,
    request: z.object({
      subject: z.string().trim().min(1).max(200),
      displayName: z.string().trim().min(1).max(200),
      agencyCode: z.string().trim().min(1).max(40),
      fieldCodes: z
        .array(z.string().trim().min(1).max(40))
        .min(1)
        .max(100)
        .nullable()
        .default(null),
      areaKind: areaKindSchema,
      /** Defaults to the norm spread over 250 working days, rounded up (7 / 5 / 4). */
      dailyCapacity: z.number().int().min(1).max(1000).optional(),
      active: z.boolean().default(true),
    }),
    response: handlerSchema,
  },
  /**
   * Records an absence of a handler (administrator or the head of their agency). When it covers
   * today their open dossiers are re-assigned now; otherwise on its first day.
   */
  'routing.handler.absence.record.v1': {
    tenantScoped: true,
    request: z.object({
      subject: z.string().min(1).max(200),
      from: isoDate,
      to: isoDate,
      reason: z.string().trim().min(1).max(500).optional(),
    }),
    response: z.object({ handler: handlerSchema, reassigned: z.number().int() }),
  },
  /**
   * Handlers with their norm, dossiers handled this year, open load and capacity: an
   * administrator's view of one agency or all, a head's of their own agency.
   */
  'routing.handler.list.v1': {
    tenantScoped: true,
    request: z.object({ agencyCode: z.string().min(1).max(40).optional() }),
    response: z.object({ handlers: z.array(handlerSchema) }),
  },
  /**
   * The head of the dossier's agency (or an administrator) gives an open dossier to another
   * handler of the agency, with a reason. CONFLICT when that handler is absent today, inactive
   * or already holds it; ILLEGAL_TRANSITION when the dossier's work is finished.
   */
  'routing.assignment.reassign.v1': {
    tenantScoped: true,
    request: z
      .object({
        ...dossierRefShape,
        handlerSubject: z.string().min(1).max(200),
        reason: z.string().trim().min(3).max(2000),
      })
      .refine(exactlyOneDossierKey, oneDossierKey),
    response: queueItemSchema,
  },
  /** The calling handler's open dossiers (`myWorkQueue`). */
  'routing.queue.mine.v1': {
    tenantScoped: true,
    request: z.object({ first: z.number().int().min(1).max(500).default(100) }),
    response: queueResponseSchema,
  },
  /**
   * An agency's open dossiers, unassigned ones included (the head of the agency: the caller's
   * own agency by default; administrators name one).
   */
  'routing.queue.agency.v1': {
    tenantScoped: true,
    request: z.object({
      agencyCode: z.string().min(1).max(40).optional(),
      /** Only the dossiers nobody holds. */
      unassignedOnly: z.boolean().default(false),
      first: z.number().int().min(1).max(500).default(100),
    }),
    response: queueResponseSchema.extend({ agencyCode: z.string() }),
  },
} as const;
