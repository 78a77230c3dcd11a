import { z } from 'zod';
import { agencyCodeSchema } from '../domain/agency-code';
import { procedureCodeSchema, procedureLevelSchema } from '../domain/procedure';
import { tenantIdSchema } from '../domain/tenant';
import { isoDate, isoDateTime } from './common';
import { durationSchema, procedureDefinitionSchema } from '../domain/procedure-definition';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
/** A tenant's settings; fields are added as they are needed, each with a default. */
export const tenantSettingsSchema = z.object({
  /** Language of messages and documents when a person has not chosen one. */
  defaultLocale: z.enum(['vi', 'en']).default('vi'),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;
/**
 * A tenant: a provincial unit, effective-dated like its administrative unit (a province merged
 * into another one ends on `validTo`; `successorId` names the tenant that took it over).
 */
export const tenantSchema = z.object({
  id: tenantIdSchema,
  name: z.string(),
  statisticsCode: z.string(),
  agencyCode: agencyCodeSchema,
  regions: z.array(regionSchema),
  /** IANA time zone of the tenant's wall clock. */
  timeZone: z.string().min(1).default('Asia/Ho_Chi_Minh'),
  settings: tenantSettingsSchema.default({ defaultLocale: 'vi' }),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
  successorId: tenantIdSchema.nullable().default(null),
});
/** A tenant as written (fields with defaults may be left out); RPC responses carry every field. */
export type Tenant = z.input<typeof tenantSchema>;

export const geoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
/** Office hours as local Vietnam times `HH:MM`. */
export const officePeriodSchema = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});

/** Where a reception point stands in the service network. */
export const BranchKind = {
  /** The provincial (or city) Public Administration Service Center itself. */
  ServiceCenter: 'SERVICE_CENTER',
  /** A branch of the center, or a commune-level center. */
  Branch: 'BRANCH',
  /** A smaller reception point (e.g. in a former commune, a post office, a mobile counter). */
  ServicePoint: 'SERVICE_POINT',
} as const;
export type BranchKind = (typeof BranchKind)[keyof typeof BranchKind];
export const branchKindSchema = z.enum([
  BranchKind.ServiceCenter,
  BranchKind.Branch,
  BranchKind.ServicePoint,
]);

export const branchSchema = z.object({
  id: z.string(),
  tenant: tenantIdSchema,
  name: z.string(),
  /** Administrative unit the branch stands in. */
  unitCode: z.string(),
  /** Agency code of the receiving unit: the first part of every dossier code received here. */
  agencyCode: agencyCodeSchema,
  region: z.string().nullable(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  kind: branchKindSchema.default(BranchKind.Branch),
  /** The branch's own office periods of a working day; empty = the tenant's office hours. */
  openingHours: z.array(officePeriodSchema).default([]),
  /** Reception counters at the branch. */
  counters: z.number().int().min(0).default(1),
});
/** A branch as written (fields with defaults may be left out); RPC responses carry every field. */
export type Branch = z.input<typeof branchSchema>;

/** A place to check against the 5 km goal (a village, a hamlet's centre). */
export const coveragePointSchema = geoPointSchema.extend({
  label: z.string().max(200).optional(),
});
export type CoveragePoint = z.infer<typeof coveragePointSchema>;
/** A point farther than the radius from every branch, with the branch nearest to it. */
export const uncoveredPointSchema = z.object({
  /** Position of the point in the request. */
  index: z.number().int().min(0),
  point: coveragePointSchema,
  /** Null when no branch exists at all (in the tenant asked for). */
  nearestBranchId: z.string().nullable(),
  distanceKm: z.number().nullable(),
});
export type UncoveredPoint = z.infer<typeof uncoveredPointSchema>;

export const AgencyKind = {
  ProvinceCommittee: 'PROVINCE_COMMITTEE',
  Department: 'DEPARTMENT',
  CommuneCommittee: 'COMMUNE_COMMITTEE',
  Central: 'CENTRAL',
  ServiceCenter: 'SERVICE_CENTER',
} as const;
export type AgencyKind = (typeof AgencyKind)[keyof typeof AgencyKind];
export const agencyKindSchema = z.enum(Object.values(AgencyKind) as [AgencyKind, ...AgencyKind[]]);
export const agencySchema = z.object({
  code: agencyCodeSchema,
  tenant: tenantIdSchema,
  name: z.string(),
  kind: agencyKindSchema,
  /** Administrative unit the agency belongs to (for commune committees, the commune). */
  unitCode: z.string().nullable(),
  /** Level of government the agency belongs to; null when not recorded. */
  level: procedureLevelSchema.nullable().default(null),
  /** Units the agency is competent for (a unit covers the units below it). */
  jurisdiction: z.array(z.string()).default([]),
  /** Codes of the fields (lĩnh vực) the agency decides in. */
  fieldCodes: z.array(z.string()).default([]),
});
/** An agency as written (fields with defaults may be left out); RPC responses carry every field. */
export type Agency = z.input<typeof agencySchema>;

export const UnitLevel = {
  Province: 'PROVINCE',
  /** District level: abolished on 2025-07-01 (two-tier local government). */
  District: 'DISTRICT',
  Commune: 'COMMUNE',
} as const;
export type UnitLevel = (typeof UnitLevel)[keyof typeof UnitLevel];
export const unitLevelSchema = z.enum([UnitLevel.Province, UnitLevel.District, UnitLevel.Commune]);

/**
 * An administrative unit, effective-dated. `code` is its national statistics code. A unit that
 * ended (`validTo`, its last day) points to the units that took over its territory: several
 * after a split, the main one first.
 */
export const administrativeUnitSchema = z.object({
  code: z.string(),
  tenant: tenantIdSchema,
  name: z.string(),
  level: unitLevelSchema,
  parentCode: z.string().nullable(),
  region: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** The main successor: the first of `successorCodes`. */
  successorCode: z.string().nullable(),
  /**
   * Every successor, main first. Optional only for producers that predate it (the catalog always
   * sends it): read it with {@link successorCodesOf}.
   */
  successorCodes: z.array(z.string()).optional(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;

/** A unit's successors, main first, also from a producer that sends only `successorCode`. */
export function successorCodesOf(
  unit: Pick<AdministrativeUnit, 'successorCode' | 'successorCodes'>,
): string[] {
  return unit.successorCodes ?? (unit.successorCode ? [unit.successorCode] : []);
}

export const ProcedureStatus = { Draft: 'DRAFT', Published: 'PUBLISHED' } as const;
export type ProcedureStatus = (typeof ProcedureStatus)[keyof typeof ProcedureStatus];
export const procedureStatusSchema = z.enum([ProcedureStatus.Draft, ProcedureStatus.Published]);

/**
 * One version of a procedure. Drafts change until published; a published version never changes
 * and is valid from `validFrom` until the next version takes over (`validTo`).
 */
export const procedureSchema = procedureDefinitionSchema.extend({
  tenant: tenantIdSchema,
  version: z.number().int().positive(),
  status: procedureStatusSchema,
  /** Main level (the first of `levels`). */
  level: procedureLevelSchema,
  /** Duration in whole days (see durationInDays): the first version's field. */
  durationDays: z.number().int().nonnegative(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  publishedAt: isoDateTime.nullable(),
});
export type Procedure = z.infer<typeof procedureSchema>;

/** A fast track as data: these procedures, received at these units on these weekdays or dates, take this long. */
export const fastTrackSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Receiving units; empty = every unit of the tenant. */
  unitCodes: z.array(z.string()),
  procedureCodes: z.array(procedureCodeSchema).min(1),
  /** ISO weekdays of receipt (1 = Monday), Vietnam time. */
  weekdays: z.array(z.number().int().min(1).max(7)).optional(),
  dates: z.array(isoDate).optional(),
  duration: durationSchema,
});
export type FastTrack = z.infer<typeof fastTrackSchema>;

export const workingCalendarSchema = z.object({
  tenant: tenantIdSchema,
  officeHours: z.array(officePeriodSchema).min(1),
  /** ISO weekdays that are normally off (6 = Saturday, 7 = Sunday). */
  weekendDays: z.array(z.number().int().min(1).max(7)),
  /** Public holidays and compensatory days off, `YYYY-MM-DD`. */
  holidays: z.array(isoDate),
  /** Weekend days that are declared working days (make-up Saturdays). */
  workingDays: z.array(isoDate),
  /** Shorter processing times on given days at given units (e.g. Hoai Duc's "Green Friday"). */
  fastTracks: z.array(fastTrackSchema).default([]),
});
export type WorkingCalendar = z.infer<typeof workingCalendarSchema>;

/** One import row as stored: the definition plus its version, status and start day. */
export const procedureImportRowSchema = procedureDefinitionSchema.extend({
  version: z.number().int().positive(),
  status: procedureStatusSchema.default(ProcedureStatus.Published),
  validFrom: isoDate.nullable().default(null),
});
export type ProcedureImportRow = z.input<typeof procedureImportRowSchema>;

export const importResultSchema = z.object({
  line: z.number().int(),
  code: z.string().nullable(),
  version: z.number().int().nullable(),
  outcome: z.enum(['CREATED', 'UPDATED', 'UNCHANGED', 'INVALID']),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const catalogRpc = {
  /** The tenants in force on `asOf` (Vietnam date; today when absent). */
  'catalog.tenant.list.v1': {
    tenantScoped: false,
    request: z.object({ asOf: isoDate.optional() }),
    response: z.object({ tenants: z.array(tenantSchema) }),
  },
  /**
   * A tenant by id, also a former one (with its `validTo` and successor). With `asOf`, only when
   * in force that day: NOT_FOUND otherwise.
   */
  'catalog.tenant.get.v1': {
    tenantScoped: false,
    request: z.object({ id: tenantIdSchema, asOf: isoDate.optional() }),
    response: tenantSchema,
  },
  'catalog.branch.list.v1': {
    tenantScoped: false,
    request: z.object({
      tenant: tenantIdSchema.optional(),
      near: geoPointSchema.optional(),
      radiusKm: z.number().positive().max(500).optional(),
    }),
    response: z.object({ branches: z.array(branchSchema) }),
  },
  'catalog.branch.get.v1': {
    tenantScoped: true,
    request: z.object({ id: z.string().min(1) }),
    response: branchSchema,
  },
  /**
   * The 5 km goal: of the points given, those farther than `radiusKm` from every branch (of one
   * tenant, or of all), in request order, each with its nearest branch.
   */
  'catalog.branch.coverage.v1': {
    tenantScoped: false,
    request: z.object({
      tenant: tenantIdSchema.optional(),
      points: z.array(coveragePointSchema).min(1).max(1000),
      radiusKm: z.number().positive().max(500).default(5),
    }),
    response: z.object({
      /** How many points were checked. */
      checked: z.number().int(),
      uncovered: z.array(uncoveredPointSchema),
    }),
  },
  'catalog.procedure.list.v1': {
    tenantScoped: true,
    request: z.object({
      /** Name, field or code; with or without Vietnamese diacritics. */
      search: z.string().max(200).optional(),
      fieldCode: z.string().max(40).optional(),
      level: procedureLevelSchema.optional(),
      /** The published versions valid on this day (Vietnam time); today when absent. */
      asOf: isoDate.optional(),
      first: z.number().int().min(1).max(100).default(20),
      after: z.string().optional(),
    }),
    response: z.object({
      items: z.array(procedureSchema),
      totalCount: z.number().int(),
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  },
  'catalog.procedure.get.v1': {
    tenantScoped: true,
    request: z.object({ code: procedureCodeSchema, asOf: isoDate.optional() }),
    response: procedureSchema,
  },
  /**
   * Every version of a procedure, drafts included, oldest first. Tenant administrators, or a
   * service reading a dossier's version on its own account (no actor, or SYSTEM).
   */
  'catalog.procedure.versions.v1': {
    tenantScoped: true,
    request: z.object({ code: procedureCodeSchema }),
    response: z.object({ versions: z.array(procedureSchema) }),
  },
  /** Creates the next version as a draft, or changes the open draft. Tenant administrators. */
  'catalog.procedure.draft.save.v1': {
    tenantScoped: true,
    request: z.object({ definition: procedureDefinitionSchema }),
    response: procedureSchema,
  },
  /** Publishes a draft from a day on; the version before it ends the day before. Tenant administrators. */
  'catalog.procedure.publish.v1': {
    tenantScoped: true,
    request: z.object({
      code: procedureCodeSchema,
      version: z.number().int().positive(),
      validFrom: isoDate,
    }),
    response: procedureSchema,
  },
  /**
   * Upserts rows by (code, version), each validated on its own: a new (code, version) is created
   * (published from `validFrom` when the row says PUBLISHED), a draft is updated, a published
   * version that the row repeats is left unchanged, and one that the row would change is refused.
   */
  'catalog.procedure.import.v1': {
    tenantScoped: true,
    request: z.object({
      rows: z
        .array(z.object({ line: z.number().int().positive(), row: z.unknown() }))
        .min(1)
        .max(500),
    }),
    response: z.object({ results: z.array(importResultSchema) }),
  },
  /** Every version, in (code, version) order, for export. Tenant administrators. */
  'catalog.procedure.export.v1': {
    tenantScoped: true,
    request: z.object({
      first: z.number().int().min(1).max(500).default(200),
      after: z.string().optional(),
    }),
    response: z.object({
      items: z.array(procedureSchema),
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  },
  'catalog.agency.list.v1': {
    tenantScoped: true,
    request: z.object({
      codes: z.array(z.string()).optional(),
      /** Agencies belonging to this unit (`unitCode` of the agency). */
      unitCode: z.string().optional(),
      kind: agencyKindSchema.optional(),
      /** Agencies deciding in this field. */
      fieldCode: z.string().max(40).optional(),
      /**
       * Agencies competent for this unit: their jurisdiction holds it or a unit above it. A unit
       * that ended is followed to its successors in force on `asOf`.
       */
      jurisdictionUnitCode: z.string().min(1).optional(),
      /** Day for `jurisdictionUnitCode` (Vietnam date); today when absent. */
      asOf: isoDate.optional(),
    }),
    response: z.object({ agencies: z.array(agencySchema) }),
  },
  /** A unit by code, also one that ended (with its successors): old dossiers keep old codes. */
  'catalog.unit.get.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1) }),
    response: administrativeUnitSchema,
  },
  /** The tenant's units in force on `asOf` (Vietnam date; today when absent), by level then code. */
  'catalog.unit.list.v1': {
    tenantScoped: true,
    request: z.object({
      asOf: isoDate.optional(),
      level: unitLevelSchema.optional(),
      /** Only the units directly under this one. */
      parentCode: z.string().min(1).optional(),
    }),
    response: z.object({ units: z.array(administrativeUnitSchema) }),
  },
  /**
   * A unit and the units in force on `asOf` (today when absent) that hold its territory: itself
   * while in force, else its successors, followed transitively (several after a split). Empty
   * when the unit did not exist yet on `asOf`.
   */
  'catalog.unit.resolve.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1), asOf: isoDate.optional() }),
    response: z.object({
      unit: administrativeUnitSchema,
      current: z.array(administrativeUnitSchema),
    }),
  },
  /**
   * Which served tenant holds a unit in force on `asOf` (today when absent). Unit codes are
   * national, so a branch of one tenant can find the tenant of a dossier's jurisdiction unit
   * (cross-province hand-over of NATION-scope procedures). NOT_FOUND when no tenant in force
   * that day has the unit in force.
   */
  'catalog.unit.locate.v1': {
    tenantScoped: false,
    request: z.object({ code: z.string().min(1), asOf: isoDate.optional() }),
    response: z.object({ tenant: tenantIdSchema, unit: administrativeUnitSchema }),
  },
  'catalog.calendar.get.v1': {
    tenantScoped: true,
    request: z.object({}),
    response: workingCalendarSchema,
  },
  /**
   * Replaces parts of the tenant's calendar (tenant administrators): office hours, fast tracks,
   * and the days off and make-up working days of the years given — a year given replaces that
   * year's stored days (e.g. when the Prime Minister's decision for it is published).
   */
  'catalog.calendar.update.v1': {
    tenantScoped: true,
    request: z.object({
      officeHours: z.array(officePeriodSchema).min(1).optional(),
      weekendDays: z.array(z.number().int().min(1).max(7)).optional(),
      years: z
        .array(
          z.object({
            year: z.number().int().min(2000).max(2199),
            holidays: z.array(isoDate),
            workingDays: z.array(isoDate).default([]),
          }),
        )
        .optional(),
      fastTracks: z.array(fastTrackSchema).optional(),
    }),
    response: workingCalendarSchema,
  },
} as const;
