import { z } from 'zod';
import {
  dossierCommandSchema,
  dossierCommandTypeSchema,
  ratingSchema,
  returnMethodSchema,
  timelinessSchema,
} from '../domain/dossier-lifecycle';
import { channelSchema, dossierStatusSchema } from '../domain/dossier-status';
import { checkPersonalId } from '../domain/personal-id';
import { jurisdictionBasisSchema, procedureCodeSchema } from '../domain/procedure';
import {
  catalogIdSchema,
  fileNameSchema,
  idempotencyKeySchema,
  personNameSchema,
} from '../domain/text-input';
import { isoDateTime } from './common';
import { assuranceLevelSchema } from './identity';

/** Vietnamese phone number: 0 or +84 followed by 9 digits. Stored normalised to `0xxxxxxxxx`. */
export const phoneSchema = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(0|\+84)\d{9}$/, 'phone must be a Vietnamese number like 0912345678'))
  .transform((s) => (s.startsWith('+84') ? `0${s.slice(3)}` : s));

export const personalIdSchema = z.string().superRefine((id, ctx) => {
  const check = checkPersonalId(id);
  if (!check.valid) ctx.addIssue({ code: 'custom', message: `personal ID ${check.reason}` });
});

export const applicantInputSchema = z.object({
  fullName: personNameSchema,
  personalId: personalIdSchema,
  phone: phoneSchema,
  email: z.email().max(254).optional(),
});
export type ApplicantInput = z.input<typeof applicantInputSchema>;

export const submitDossierRequestSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  procedureCode: procedureCodeSchema,
  branchId: catalogIdSchema,
  channel: channelSchema.default('COUNTER'),
  applicant: applicantInputSchema,
  jurisdictionUnitCode: catalogIdSchema.max(20).optional(),
  /** Where the applicant wants the result: at a branch (returnBranchId, default the receiving one), by post or electronically. */
  returnMethod: returnMethodSchema.default('BRANCH'),
  returnBranchId: catalogIdSchema.optional(),
  /**
   * The components handed in (or reused from data already held), by their names in the procedure
   * version. Checked at receipt: a required component missing refuses the dossier (DOSSIER_INCOMPLETE).
   */
  components: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  /**
   * The person the applicant authorized to act for them (người được ủy quyền), by personal ID:
   * they may follow the dossier online like the applicant, and submit it online in their name.
   */
  representativePersonalId: personalIdSchema.optional(),
});
export type SubmitDossierRequest = z.input<typeof submitDossierRequestSchema>;

/** Scanned components may be PDFs or JPEG/PNG images; the gateway checks the bytes match. */
export const attachmentContentTypeSchema = z.enum(['application/pdf', 'image/jpeg', 'image/png']);
export type AttachmentContentType = z.infer<typeof attachmentContentTypeSchema>;
export const attachmentStatusSchema = z.enum(['PENDING', 'STORED']);
export type AttachmentStatus = z.infer<typeof attachmentStatusSchema>;

/** A scanned component of a dossier; its bytes live in the gateway's object store. */
export const attachmentSchema = z.object({
  id: z.uuid(),
  dossierCode: z.string(),
  componentName: z.string(),
  fileName: z.string(),
  contentType: attachmentContentTypeSchema,
  size: z.number().int().nonnegative(),
  sha256: z.string().nullable(),
  status: attachmentStatusSchema,
  createdAt: isoDateTime,
  storedAt: isoDateTime.nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A component of the procedure version as checked at receipt. */
export const dossierComponentSchema = z.object({
  name: z.string(),
  copies: z.number().int(),
  required: z.boolean(),
  digitizable: z.boolean(),
  /** Declared as handed in (or reused) at receipt. */
  handedIn: z.boolean(),
});
export type DossierComponent = z.infer<typeof dossierComponentSchema>;

/** Where the result goes back to the applicant; `branch` is set for BRANCH returns. */
export const resultReturnSchema = z.object({
  method: returnMethodSchema,
  branch: z.object({ id: z.string(), name: z.string(), address: z.string().nullable() }).nullable(),
});
export type ResultReturn = z.infer<typeof resultReturnSchema>;

export const historyEntrySchema = z.object({
  at: isoDateTime,
  /** The status before the change; null for the first entry. */
  from: dossierStatusSchema.nullable(),
  status: dossierStatusSchema,
  nationalStatusCode: z.number().int(),
  actor: z.string(),
  reason: z.string().nullable(),
  /** The command that made the change, when it was a lifecycle step. */
  command: dossierCommandTypeSchema.nullable(),
  /** What the step recorded (missing components, refusal reasons, handover, return method…). */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export const branchRefSchema = z.object({ id: z.string(), name: z.string() });
export const agencyRefSchema = z.object({ code: z.string(), name: z.string() });

export const dossierSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  tenant: z.string(),
  /**
   * Cross-province hand-over, on the receiving tenant's view: the tenant whose agency decides.
   * That view is read-only once accepted, except for returning the result at the branch.
   */
  decidingTenant: z.string().nullable(),
  /** Cross-province hand-over, on the deciding tenant's view: the tenant that received it. */
  receivedInTenant: z.string().nullable(),
  status: dossierStatusSchema,
  nationalStatusCode: z.number().int(),
  procedureCode: z.string(),
  procedureVersion: z.number().int(),
  procedureName: z.string(),
  channel: channelSchema,
  receivedAt: isoDateTime,
  /** The current due date (moved by a resumed pause or an apology). */
  dueAt: isoDateTime,
  /** The due date before an apology moved it; the dossier is judged against it. */
  originalDueAt: isoDateTime.nullable(),
  apologized: z.boolean(),
  timeliness: timelinessSchema,
  rating: ratingSchema.nullable(),
  /** Fees were paid online. */
  paidOnline: z.boolean(),
  receivingBranch: branchRefSchema,
  returnBranch: branchRefSchema,
  resultReturn: resultReturnSchema,
  jurisdictionUnitCode: z.string(),
  /** Whose place the jurisdiction unit is: the applicant's residence, the parcel, the business. */
  jurisdictionBasis: jurisdictionBasisSchema,
  competentAgency: agencyRefSchema.nullable(),
  applicant: z.object({
    fullName: z.string(),
    personalIdMasked: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
  }),
  /**
   * The e-ID assurance level the applicant signed in with when they submitted online themselves
   * (the overlay fact "applicant verified with the national e-ID"); null otherwise.
   */
  applicantVerifiedLevel: assuranceLevelSchema.nullable(),
  /** The authorized representative's personal ID, masked; null when there is none. */
  representativePersonalIdMasked: z.string().nullable(),
  history: z.array(historyEntrySchema),
  /** The procedure version's components, with what was handed in at receipt. */
  components: z.array(dossierComponentSchema),
  /** Scans of the components (digitization), oldest first. */
  attachments: z.array(attachmentSchema),
});
export type Dossier = z.infer<typeof dossierSchema>;

/** What the public may see of a dossier: no personal data. */
export const dossierTrackingSchema = z.object({
  code: z.string(),
  /** The procedure's name as it stood at receipt (public: the procedure is no personal data). */
  procedureName: z.string(),
  status: dossierStatusSchema,
  nationalStatusCode: z.number().int(),
  dueAt: isoDateTime,
  steps: z.array(z.object({ at: isoDateTime, status: dossierStatusSchema })),
  /** Where to collect the result (or how it comes). */
  resultReturn: resultReturnSchema,
});
export type DossierTracking = z.infer<typeof dossierTrackingSchema>;

/** The printable forms of a dossier (DOMAIN §4): 01 receipt slip … 06 process control sheet. */
export const dossierFormKindSchema = z.enum(['01', '02', '03', '04', '05', '06']);
export type DossierFormKind = z.infer<typeof dossierFormKindSchema>;

/** One form as an A5 PDF, base64-encoded for the JSON transport. */
export const dossierFormSchema = z.object({
  kind: dossierFormKindSchema,
  fileName: z.string(),
  contentType: z.literal('application/pdf'),
  base64: z.string(),
});
export type DossierForm = z.infer<typeof dossierFormSchema>;

export const requestAttachmentSchema = z.object({
  code: z.string().min(1).max(64),
  componentName: z.string().trim().min(1).max(500),
  fileName: fileNameSchema,
  contentType: attachmentContentTypeSchema,
  size: z.number().int().positive(),
});

export const completeAttachmentSchema = z.object({
  attachmentId: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  contentType: attachmentContentTypeSchema,
});

/** Cursor kinds of reception's newest-first lists (see `encodeInstantCursor`). */
export const ReceptionCursorKind = {
  /** reception.dossier.mine.v1: received at, dossier id. */
  MyDossiers: 'my-dossiers',
  /** reception.access-log.list.v1: read at, entry id. */
  AccessLog: 'access-log',
} as const;

/** Why a reader may read a dossier's personal data (recorded in the access log). */
export const PersonalDataAccessBasis = {
  /** A supervisor of the tenant's service center: every dossier of the tenant. */
  Supervisor: 'SUPERVISOR',
  /** An auditor of the tenant: every dossier, read only. */
  Audit: 'AUDIT',
  /** A receiver of the branch that received the dossier or returns its result. */
  ReceivingBranch: 'RECEIVING_BRANCH',
  /** A handler or approver of the agency competent now. */
  CompetentAgency: 'COMPETENT_AGENCY',
  /** A handler or approver of an agency that held an earlier inter-agency step. */
  HandedOver: 'HANDED_OVER',
  /** An API client of the tenant granted `dossier:read` (the national portal's sync). */
  Integrator: 'INTEGRATOR',
  /** The applicant (by personal ID), or the citizen who submitted it online. */
  Owner: 'OWNER',
  /** The representative the applicant authorized. */
  Representative: 'REPRESENTATIVE',
} as const;
export type PersonalDataAccessBasis =
  (typeof PersonalDataAccessBasis)[keyof typeof PersonalDataAccessBasis];
export const personalDataAccessBasisSchema = z.enum(
  Object.values(PersonalDataAccessBasis) as [PersonalDataAccessBasis, ...PersonalDataAccessBasis[]],
);

/** What was read: the dossier view, a printed form, a scanned component, a list of dossiers. */
export const personalDataOperationSchema = z.enum(['VIEW', 'FORM', 'ATTACHMENT', 'LIST']);
export type PersonalDataOperation = z.infer<typeof personalDataOperationSchema>;

/** Why the reader reads (free text the caller gives), recorded in the access log. */
export const readPurposeSchema = z.string().trim().min(1).max(500).optional();

/** One read of a dossier's personal data by staff or an integrator (who, when, why). */
export const personalDataAccessSchema = z.object({
  id: z.uuid(),
  dossierCode: z.string(),
  actorKind: z.enum(['STAFF', 'CITIZEN', 'INTEGRATOR', 'SYSTEM']),
  actorSubject: z.string(),
  actorName: z.string().nullable(),
  roles: z.array(z.string()),
  basis: personalDataAccessBasisSchema,
  purpose: z.string().nullable(),
  operation: personalDataOperationSchema,
  at: isoDateTime,
});
export type PersonalDataAccess = z.infer<typeof personalDataAccessSchema>;

export const receptionRpc = {
  'reception.dossier.submit.v1': {
    tenantScoped: true,
    request: submitDossierRequestSchema,
    response: dossierSchema,
  },
  /**
   * A dossier the actor may read (DOMAIN §7): staff by role and unit, integrators with
   * `dossier:read`, citizens their own. NOT_FOUND for citizens and other tenants, FORBIDDEN for
   * staff of the tenant without a basis. Staff and integrator reads are audited with `purpose`.
   */
  'reception.dossier.get.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1).max(64), purpose: readPurposeSchema }),
    response: dossierSchema,
  },
  /**
   * The signed-in citizen's dossiers in the tenant, newest first: as the applicant, as the
   * authorized representative (by personal ID) or as who submitted it online.
   */
  'reception.dossier.mine.v1': {
    tenantScoped: true,
    request: z.object({
      first: z.number().int().min(1).max(50).default(20),
      after: z.string().optional(),
    }),
    response: z.object({
      items: z.array(dossierSchema),
      totalCount: z.number().int(),
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  },
  /**
   * The log of reads of dossiers' personal data in the tenant, newest first (auditors and
   * supervisors of the tenant); `from` inclusive, `to` exclusive.
   */
  'reception.access-log.list.v1': {
    tenantScoped: true,
    request: z.object({
      dossierCode: z.string().min(1).max(64).optional(),
      actorSubject: z.string().min(1).max(200).optional(),
      from: isoDateTime.optional(),
      to: isoDateTime.optional(),
      first: z.number().int().min(1).max(200).default(50),
      after: z.string().optional(),
    }),
    response: z.object({
      items: z.array(personalDataAccessSchema),
      totalCount: z.number().int(),
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  },
  'reception.dossier.track.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1).max(64), phone: z.string().min(1).max(20) }),
    response: dossierTrackingSchema,
  },
  /** A staff lifecycle step (DOMAIN §4); the actor's role and agency are checked. */
  'reception.dossier.transition.v1': {
    tenantScoped: true,
    request: z.object({ code: z.string().min(1).max(64), command: dossierCommandSchema }),
    response: dossierSchema,
  },
  /** The applicant's satisfaction rating, once, after the result was returned (public). */
  'reception.dossier.rate.v1': {
    tenantScoped: true,
    request: z.object({
      code: z.string().min(1).max(64),
      phone: z.string().min(1).max(20),
      rating: ratingSchema,
    }),
    response: dossierTrackingSchema,
  },
  /** A form of the dossier as a PDF (who may read the dossier; audited); CONFLICT when its event has not happened. */
  'reception.dossier.form.v1': {
    tenantScoped: true,
    request: z.object({
      code: z.string().min(1).max(64),
      kind: dossierFormKindSchema,
      purpose: readPurposeSchema,
    }),
    response: dossierFormSchema,
  },
  /** Registers a scan to upload (receivers/supervisors of the tenant); size and type are limited. */
  'reception.attachment.request.v1': {
    tenantScoped: true,
    request: requestAttachmentSchema,
    response: z.object({ attachmentId: z.uuid(), maxSize: z.number().int().positive() }),
  },
  /** The gateway stored the bytes: records their digest, size and sniffed type. */
  'reception.attachment.complete.v1': {
    tenantScoped: true,
    request: completeAttachmentSchema,
    response: attachmentSchema,
  },
  /** An attachment of a dossier the actor may read (audited, as the dossier's reads are). */
  'reception.attachment.get.v1': {
    tenantScoped: true,
    request: z.object({ attachmentId: z.uuid(), purpose: readPurposeSchema }),
    response: attachmentSchema,
  },
} as const;
