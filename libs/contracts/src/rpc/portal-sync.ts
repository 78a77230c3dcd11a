import { z } from 'zod';
import { parseDossierCode } from '../domain/dossier-code';
import { procedureCodeSchema } from '../domain/procedure';
import { isoDateTime } from './common';

/** Sync state of one dossier with the National Public Service Portal (DOMAIN §8). */
export const portalSyncStateSchema = z.enum(['NOT_SYNCED', 'PENDING', 'SYNCED', 'FAILED']);
export type PortalSyncState = z.infer<typeof portalSyncStateSchema>;

/** `yyyyMMddHHmmss` in Vietnam time, as the national portal takes dates. */
export const portalDateTimeSchema = z
  .string()
  .regex(/^\d{14}$/, 'must be yyyyMMddHHmmss')
  .refine((s) => {
    const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map((i, k) =>
      Number(s.slice(i, k === 0 ? 4 : i + 2)),
    );
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
    return (
      t.getUTCFullYear() === y &&
      t.getUTCMonth() === mo - 1 &&
      t.getUTCDate() === d &&
      t.getUTCHours() === h &&
      t.getUTCMinutes() === mi &&
      t.getUTCSeconds() === se
    );
  }, 'must be a real date and time');

/** One processing step as the portal records progress: who, what, where, from when, until when. */
export const portalProgressSchema = z.strictObject({
  handler: z.string().min(1).max(200),
  title: z.string().min(1).max(500),
  department: z.string().min(1).max(300),
  startAt: portalDateTimeSchema,
  legalEndAt: portalDateTimeSchema.nullable(),
});

/** The dossier as the national portal takes it, on insert and on every update (full snapshot). */
export const portalDossierSchema = z.strictObject({
  code: z.string().refine((c) => parseDossierCode(c) !== null, 'must be a dossier code'),
  procedureCode: procedureCodeSchema,
  procedureName: z.string().min(1).max(500),
  fieldCode: z.string().min(1).max(20),
  /** 1 counter, 2 online, 3 postal. */
  channel: z.number().int().min(1).max(3),
  applicant: z.strictObject({
    fullName: z.string().min(2).max(200),
    personalId: z.string().regex(/^\d{12}$/, 'must be a 12-digit personal ID'),
  }),
  receivedAt: portalDateTimeSchema,
  dueAt: portalDateTimeSchema.nullable(),
  statusCode: z.number().int().min(1).max(10),
  fees: z.array(
    z.strictObject({
      description: z.string().min(1).max(500),
      amountVnd: z.number().int().positive(),
    }),
  ),
  paidAt: portalDateTimeSchema.nullable(),
  supplements: z.array(
    z.strictObject({
      requestedAt: portalDateTimeSchema,
      missingComponents: z.array(z.string().min(1)).min(1),
      receivedAt: portalDateTimeSchema.nullable(),
    }),
  ),
  result: z.strictObject({
    readyAt: portalDateTimeSchema.nullable(),
    returnedAt: portalDateTimeSchema.nullable(),
    returnMethod: z.enum(['BRANCH', 'POST', 'ELECTRONIC']).nullable(),
  }),
  /** Reasons of a refusal, withdrawal or stop. */
  closingReason: z.string().nullable(),
  progress: z.array(portalProgressSchema),
});
export type PortalDossier = z.infer<typeof portalDossierSchema>;

/**
 * What the provincial system POSTs to the portal: INSERT once, then UPDATEs with a version that
 * only grows (the portal drops nothing and applies them in order).
 */
export const portalSyncRequestSchema = z.strictObject({
  action: z.enum(['INSERT', 'UPDATE']),
  version: z.number().int().positive(),
  dossier: portalDossierSchema,
});
export type PortalSyncRequest = z.infer<typeof portalSyncRequestSchema>;

export const portalSyncStatusSchema = z.object({
  dossierCode: z.string(),
  state: portalSyncStateSchema,
  syncedAt: isoDateTime.nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type PortalSyncStatus = z.infer<typeof portalSyncStatusSchema>;

export const portalSyncPeriodSchema = z.enum(['DAY', 'MONTH']);

export const portalSyncReportRowSchema = z.object({
  /** `yyyy-MM-dd` or `yyyy-MM`, Vietnam time. */
  period: z.string(),
  total: z.number().int(),
  synced: z.number().int(),
  /** synced / total, 0..1 (1 when there is nothing to sync). */
  share: z.number(),
});

export const portalSyncRpc = {
  /** A dossier's sync state (staff); NOT_SYNCED with 0 attempts when notification never saw it. */
  'notification.portal-sync.get.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1).max(64) }),
    response: portalSyncStatusSchema,
  },
  /** Dossiers received in [from, to) per period, and how many are synced (Decision 766 index). */
  'notification.portal-sync.report.v1': {
    tenantScoped: true,
    request: z.object({
      from: isoDateTime,
      to: isoDateTime,
      period: portalSyncPeriodSchema.default('DAY'),
    }),
    response: z.object({
      rows: z.array(portalSyncReportRowSchema),
      total: z.number().int(),
      synced: z.number().int(),
      share: z.number(),
    }),
  },
} as const;
