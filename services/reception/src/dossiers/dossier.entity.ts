import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  Actor,
  Channel,
  DossierComponent,
  DossierStatus,
  Duration,
  JurisdictionBasis,
  ProcedureLevel,
  ReturnMethod,
} from '@motcua/contracts';

/** A stretch the processing clock stood still (ISO instants); `to` null while it still does. */
export interface StoredPause {
  from: string;
  to: string | null;
  /** Why the clock stood still; absent on pauses stored before payments paused it. */
  kind?: 'SUPPLEMENT' | 'PAYMENT';
}

/** The supplement pause is the only one limited to once (DOMAIN §4). */
export function isSupplementPause(pause: StoredPause): boolean {
  return (pause.kind ?? 'SUPPLEMENT') === 'SUPPLEMENT';
}

/**
 * A dossier as received. Procedure, branch and agency names are snapshots: a dossier keeps the
 * reference data as it was when it was received, whatever the catalog says later.
 */
@Entity({ name: 'dossier' })
@Index('uq_dossier_idempotency', ['tenantId', 'idempotencyKey'], { unique: true })
// A code is unique per tenant: a handed-over dossier has one row in each of the two tenants. The
// code comes first so the hand-over mirror finds a row by code and deciding tenant on it too.
@Index('uq_dossier_code', ['code', 'tenantId'], { unique: true })
@Index('ix_dossier_tenant_status', ['tenantId', 'status'])
// The overdue timers load the dossiers falling due within their horizon by (status, due_at).
@Index('ix_dossier_status_due', ['status', 'dueAt'])
// A citizen's own dossiers (reception.dossier.mine.v1): as applicant, representative, submitter.
@Index('ix_dossier_applicant', ['tenantId', 'applicantPersonalId'])
@Index('ix_dossier_representative', ['tenantId', 'representativePersonalId'])
@Index('ix_dossier_received_by', ['tenantId', 'receivedBy'])
// Reports: the dossiers open at an instant (finished_at null, or after it) (docs/reports.md).
@Index('ix_dossier_tenant_finished', ['tenantId', 'finishedAt'])
export class DossierEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  code!: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  /** SHA-256 of the submitted request: a retried key must carry the same request. */
  @Column('text', { name: 'request_hash' })
  requestHash!: string;

  @Column('text', { name: 'procedure_code' })
  procedureCode!: string;

  @Column('int', { name: 'procedure_version' })
  procedureVersion!: number;

  @Column('text', { name: 'procedure_name' })
  procedureName!: string;

  @Column('text', { name: 'field_code' })
  fieldCode!: string;

  @Column('text')
  level!: ProcedureLevel;

  @Column('text')
  channel!: Channel;

  @Column('text')
  status!: DossierStatus;

  @Column('smallint', { name: 'national_status_code' })
  nationalStatusCode!: number;

  @Column('text', { name: 'applicant_full_name' })
  applicantFullName!: string;

  /** Full personal ID: needed for the national portal sync; never logged nor put in events. */
  @Column('text', { name: 'applicant_personal_id' })
  applicantPersonalId!: string;

  @Column('text', { name: 'applicant_phone' })
  applicantPhone!: string;

  @Column('text', { name: 'applicant_email', nullable: true })
  applicantEmail!: string | null;

  /**
   * The e-ID assurance level (1, 2) the applicant signed in with when they submitted online
   * themselves: the overlay fact "applicant verified with the national e-ID". Null otherwise.
   */
  @Column('smallint', { name: 'applicant_verified_level', nullable: true })
  applicantVerifiedLevel!: number | null;

  /**
   * Full personal ID of the representative the applicant authorized (người được ủy quyền), who
   * may follow the dossier online; never logged nor put in events.
   */
  @Column('text', { name: 'representative_personal_id', nullable: true })
  representativePersonalId!: string | null;

  @Column('text', { name: 'jurisdiction_unit_code' })
  jurisdictionUnitCode!: string;

  /** Whose place the jurisdiction unit is (the procedure's basis at receipt). */
  @Column('text', { name: 'jurisdiction_basis', default: 'RESIDENCE' })
  jurisdictionBasis!: JurisdictionBasis;

  @Column('text', { name: 'receiving_branch_id' })
  receivingBranchId!: string;

  @Column('text', { name: 'receiving_branch_name' })
  receivingBranchName!: string;

  @Column('text', { name: 'receiving_unit_code' })
  receivingUnitCode!: string;

  @Column('text', { name: 'receiving_agency_code' })
  receivingAgencyCode!: string;

  @Column('text', { name: 'return_branch_id' })
  returnBranchId!: string;

  @Column('text', { name: 'return_branch_name' })
  returnBranchName!: string;

  /** Snapshot of the return branch's address, printed and shown where to collect the result. */
  @Column('text', { name: 'return_branch_address', nullable: true })
  returnBranchAddress!: string | null;

  /** How the applicant asked to get the result back. */
  @Column('text', { name: 'return_method', default: 'BRANCH' })
  returnMethod!: ReturnMethod;

  /** The procedure version's components as checked at receipt (what was handed in). */
  @Column('jsonb', { default: () => "'[]'" })
  components!: DossierComponent[];

  @Column('text', { name: 'competent_agency_code', nullable: true })
  competentAgencyCode!: string | null;

  @Column('text', { name: 'competent_agency_name', nullable: true })
  competentAgencyName!: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  /**
   * When the one-stop unit accepted the dossier: the processing clock starts here. The receipt
   * time for counter and postal dossiers; null while an online dossier is only registered.
   */
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  /**
   * The processing time that applied at receipt (fast track included), so a resumed clock never
   * depends on a later catalog version. Null for dossiers received before it was recorded.
   */
  @Column('jsonb', { nullable: true })
  duration!: Duration | null;

  /** Supplement pauses of the processing clock, in order. */
  @Column('jsonb', { default: () => "'[]'" })
  pauses!: StoredPause[];

  /** The due date before the first apology/extension: timeliness is judged against it. */
  @Column('timestamptz', { name: 'original_due_at', nullable: true })
  originalDueAt!: Date | null;

  @Column('boolean', { default: false })
  apologized!: boolean;

  /** When processing ended (result ready, refused, withdrawn or stopped). */
  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  /** While awaiting payment: the status the dossier returns to once paid. */
  @Column('text', { name: 'payment_resume_status', nullable: true })
  paymentResumeStatus!: DossierStatus | null;

  /** Fees were paid online (an overlay fact reported to the national portal). */
  @Column('boolean', { name: 'paid_online', default: false })
  paidOnline!: boolean;

  /** The applicant's satisfaction rating, 1..5, given once after the return. */
  @Column('smallint', { nullable: true })
  rating!: number | null;

  /** When `dossier.overdue.v1` was emitted for the current due date (cleared when it moves). */
  @Column('timestamptz', { name: 'overdue_notified_at', nullable: true })
  overdueNotifiedAt!: Date | null;

  /** When `dossier.due-soon.v1` was emitted for the current due date (cleared when it moves). */
  @Column('timestamptz', { name: 'due_soon_notified_at', nullable: true })
  dueSoonNotifiedAt!: Date | null;

  @Column('text', { name: 'received_by' })
  receivedBy!: string;

  /**
   * What kind of caller `receivedBy` is (a citizen who submitted online may read the dossier);
   * null on dossiers stored before it was recorded and on a hand-over's deciding row.
   */
  @Column('text', { name: 'submitter_kind', nullable: true })
  submitterKind!: Actor['kind'] | null;

  /**
   * Agencies that held an earlier inter-agency step (before the competent agency now): their
   * handlers and approvers keep reading the dossier (basis HANDED_OVER).
   */
  @Column('text', { name: 'former_agency_codes', array: true, default: () => "'{}'" })
  formerAgencyCodes!: string[];

  /**
   * Cross-province hand-over, on the receiving tenant's row: the tenant whose agency decides.
   * Once accepted the row is a read-only view mirrored from that tenant's events.
   */
  @Column('text', { name: 'deciding_tenant', nullable: true })
  decidingTenant!: string | null;

  /** Cross-province hand-over, on the deciding tenant's row: the tenant that received it. */
  @Column('text', { name: 'received_in_tenant', nullable: true })
  receivedInTenant!: string | null;

  /**
   * On a receiving row: the instant of the latest deciding-side change applied, so an event
   * delivered late adds its history entry without undoing a newer status.
   */
  @Column('timestamptz', { name: 'mirrored_at', nullable: true })
  mirroredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
