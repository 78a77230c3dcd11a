import { z } from 'zod';
import { agencyCodeSchema } from '../domain/agency-code';
import { procedureCodeSchema, procedureLevelSchema } from '../domain/procedure';
import { tenantIdSchema } from '../domain/tenant';
import { isoDate, isoDateTime } from './common';
import {
  durationSchema,
  procedureDefinitionSchema,
  procedureFeeSchema,
} from '../domain/procedure-definition';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
export const tenantSchema = z.object({
  id: tenantIdSchema,
  name: z.string(),
  statisticsCode: z.string(),
  agencyCode: agencyCodeSchema,
  regions: z.array(regionSchema),
});
export type Tenant = z.infer<typeof tenantSchema>;

export const geoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
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
});
export type Branch = z.infer<typeof branchSchema>;

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
  /** Administrative unit the agency serves (for commune committees, the commune). */
  unitCode: z.string().nullable(),
});
export type Agency = z.infer<typeof agencySchema>;

export const administrativeUnitSchema = z.object({
  code: z.string(),
  tenant: tenantIdSchema,
  name: z.string(),
  level: z.enum(['PROVINCE', 'COMMUNE']),
  parentCode: z.string().nullable(),
  region: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  successorCode: z.string().nullable(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;

export const ProcedureStatus = { Draft: 'DRAFT', Published: 'PUBLISHED' } as const;
export type ProcedureStatus = (typeof ProcedureStatus)[keyof typeof ProcedureStatus];
export const procedureStatusSchema = z.enum([ProcedureStatus.Draft, ProcedureStatus.Published]);

/** @deprecated kept for the first version's consumers; use procedureFeeSchema. */
export const feeSchema = procedureFeeSchema;

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

/** Office hours as local Vietnam times `HH:MM`. */
export const officePeriodSchema = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});
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
  'catalog.tenant.list.v1': {
    tenantScoped: false,
    request: z.object({}),
    response: z.object({ tenants: z.array(tenantSchema) }),
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
      unitCode: z.string().optional(),
      kind: agencyKindSchema.optional(),
    }),
    response: z.object({ agencies: z.array(agencySchema) }),
  },
  'catalog.unit.get.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1) }),
    response: administrativeUnitSchema,
  },
  'catalog.calendar.get.v1': {
    tenantScoped: true,
    request: z.object({}),
    response: workingCalendarSchema,
  },
} as const;
