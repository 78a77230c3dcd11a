import { z } from 'zod';
import { agencyCodeSchema } from '../domain/agency-code';
import {
  boundaryFreeScopeSchema,
  procedureCodeSchema,
  procedureLevelSchema,
} from '../domain/procedure';
import { tenantIdSchema } from '../domain/tenant';
import { isoDate } from './common';

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

export const feeSchema = z.object({
  description: z.string(),
  amountVnd: z.number().int().nonnegative(),
});
export const procedureSchema = z.object({
  code: procedureCodeSchema,
  tenant: tenantIdSchema,
  version: z.number().int().positive(),
  name: z.string(),
  fieldCode: z.string(),
  fieldName: z.string(),
  level: procedureLevelSchema,
  durationDays: z.number().int().nonnegative(),
  fees: z.array(feeSchema),
  boundaryFreeScope: boundaryFreeScopeSchema,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
export type Procedure = z.infer<typeof procedureSchema>;

/** Office hours as local Vietnam times `HH:MM`. */
export const officePeriodSchema = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});
export const workingCalendarSchema = z.object({
  tenant: tenantIdSchema,
  officeHours: z.array(officePeriodSchema).min(1),
  /** ISO weekdays that are normally off (6 = Saturday, 7 = Sunday). */
  weekendDays: z.array(z.number().int().min(1).max(7)),
  /** Public holidays and compensatory days off, `YYYY-MM-DD`. */
  holidays: z.array(isoDate),
  /** Weekend days that are declared working days (make-up Saturdays). */
  workingDays: z.array(isoDate),
});
export type WorkingCalendar = z.infer<typeof workingCalendarSchema>;

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
      search: z.string().max(200).optional(),
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
    request: z.object({ code: procedureCodeSchema }),
    response: procedureSchema,
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
