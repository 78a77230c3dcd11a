import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  BoundaryFreeScope,
  Channel,
  DomainError,
  DossierStatus,
  ErrorCode,
  NATIONAL_STATUS_CODE,
  type Actor,
  type AdministrativeUnit,
  type Branch,
  type Dossier,
  type JurisdictionBasis,
  type DossierTracking,
  type Procedure,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { CatalogClient, Clock, requestContext } from '@motcua/platform';
import { DossierReads } from '../access/dossier-reads.service';
import { authorizeSubmission, checkAssurance, type Submitter } from '../access/submit-access';
import { DeadlineService } from '../deadlines/deadline.service';
import { OverdueTimersService } from '../deadlines/overdue-timers.service';
import { HandoverCopies } from '../handover/handover-copy-tenant';
import { DossierMetrics } from '../metrics/dossier-metrics';
import { toDossierView } from './dossier-view';
import { DossierViews } from './dossier-views.service';
import type { DossierEntity } from './dossier.entity';
import { DossiersRepository, type DossierDraft } from './dossiers.repository';
import { checkCompleteness } from './completeness';
import { checkReceptionScope } from './reception-scope';
import { normalizePhone } from './phone';
import { requestHash } from './request-hash';

type SubmitRequest = RpcParsedRequest<'reception.dossier.submit.v1'>;

/** Intake of dossiers and what staff and the public may read of them. */
@Injectable()
export class DossiersService {
  private readonly logger = new Logger(DossiersService.name);

  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalog: CatalogClient,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    private readonly overdueTimers: OverdueTimersService,
    private readonly views: DossierViews,
    private readonly reads: DossierReads,
    private readonly metrics: DossierMetrics,
    private readonly handoverCopies: HandoverCopies,
  ) {}

  /**
   * Receives a dossier: validates it against the catalog, issues its code, computes its due date
   * and stores it with its `dossier.received` event — or, when the jurisdiction unit belongs to
   * another tenant (NATION scope), with `dossier.handed-over` to that tenant. Retrying with the same idempotency key and
   * the same request returns the same dossier; a different request under that key is refused.
   */
  async submit(tenant: string, request: SubmitRequest, actor: Actor | undefined): Promise<Dossier> {
    const who = authorizeSubmission(tenant, request, actor);
    const { idempotencyKey, ...fingerprinted } = request;
    const hash = requestHash(fingerprinted);
    // Most submissions are new: the key is looked up only when the insert meets it (a retry, or
    // a concurrent twin) or when the request does not pass (a retry after the catalog changed
    // answers the stored dossier all the same).
    let prepared: { draft: DossierDraft; received: string };
    try {
      prepared = await this.prepare(tenant, request, who, actor, hash);
    } catch (err) {
      const earlier = await this.repository.findByIdempotencyKey(tenant, idempotencyKey);
      if (earlier) return this.replay(earlier, hash, who);
      throw err;
    }
    const written = await this.repository.insertReceived(prepared.draft);
    if (!written) {
      // The key is taken (a retry, or a concurrent request that stored first): answer as a retry.
      const winner = await this.repository.findByIdempotencyKey(tenant, idempotencyKey);
      if (!winner)
        throw new DomainError(
          ErrorCode.Conflict,
          'concurrent submission with the same idempotency key; retry',
        );
      return this.replay(winner, hash, who);
    }
    const stored = written.dossier;
    this.handoverCopies.received(tenant, stored.code, stored.decidingTenant);
    requestContext.annotate({ dossierCode: stored.code });
    this.overdueTimers.schedule(stored);
    this.metrics.received(stored);
    this.logger.log(`received ${stored.code}${prepared.received}`);
    // Built from what was written: its one history entry, and no scans yet.
    return toDossierView(stored, [written.history], [], this.clock.now());
  }

  /**
   * The dossier a valid request makes (checked against the catalog, its due date computed), and
   * how the log line tells its receipt.
   */
  private async prepare(
    tenant: string,
    request: SubmitRequest,
    who: Submitter,
    actor: Actor | undefined,
    hash: string,
  ): Promise<{ draft: DossierDraft; received: string }> {
    const { idempotencyKey } = request;
    const [procedure, branch] = await Promise.all([
      this.catalog
        .getProcedure(tenant, request.procedureCode)
        .catch(
          notFoundAs(
            'procedureCode',
            `procedure ${request.procedureCode} is not offered by ${tenant}`,
          ),
        ),
      this.catalog
        .getBranch(tenant, request.branchId)
        .catch(notFoundAs('branchId', `branch ${request.branchId} is not a branch of ${tenant}`)),
    ]);
    // Before anything else of the request: nothing is stored for a sign-in too weak.
    checkAssurance(procedure, actor);
    const returnBranch: Branch = request.returnBranchId
      ? await this.catalog
          .getBranch(tenant, request.returnBranchId)
          .catch(
            notFoundAs(
              'returnBranchId',
              `branch ${request.returnBranchId} is not a branch of ${tenant}`,
            ),
          )
      : branch;
    // A parcel lies where it lies: the branch's unit may stand in for where the applicant lives
    // or the business is registered (the counter checks the papers), never for a parcel.
    if (!request.jurisdictionUnitCode && procedure.jurisdictionBasis === 'PARCEL') {
      throw invalid(
        'jurisdictionUnitCode',
        `procedure ${procedure.code} is decided ${BASIS_WORDS[procedure.jurisdictionBasis]}: name that unit`,
      );
    }
    const jurisdictionUnitCode = request.jurisdictionUnitCode ?? branch.unitCode;
    const { unit, decidingTenant } = await this.jurisdictionOf(
      tenant,
      procedure,
      jurisdictionUnitCode,
    );
    if (unit.validTo !== null) {
      throw invalid(
        'jurisdictionUnitCode',
        `unit ${unit.code} was dissolved on ${unit.validTo}${unit.successorCode ? `; use ${unit.successorCode}` : ''}`,
      );
    }
    const scope = checkReceptionScope(procedure, branch, jurisdictionUnitCode);
    if (!scope.allowed) throw new DomainError(ErrorCode.ProcedureNotAllowedHere, scope.reason);
    const completeness = checkCompleteness(procedure.components, request.components);
    if (completeness.unknown.length > 0) {
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `not components of procedure ${procedure.code}: ${completeness.unknown.join('; ')}`,
        completeness.unknown.map((name) => ({ path: 'components', message: `unknown: ${name}` })),
      );
    }
    if (completeness.missing.length > 0) {
      // The clerk guides the applicant to complete the dossier; nothing is stored (DOMAIN §4).
      throw new DomainError(
        ErrorCode.DossierIncomplete,
        `the dossier lacks ${completeness.missing.length} required component(s): ${completeness.missing.join('; ')}`,
        completeness.missing.map((name) => ({ path: 'components', message: `missing: ${name}` })),
      );
    }

    const receivedAt = this.clock.now();
    // Online submissions may have their own processing time (DOMAIN §3).
    const processingTime =
      (request.channel === Channel.Online && procedure.onlineDuration) || procedure.duration;
    const { dueAt, duration, fastTrackId } = await this.deadlines.deadline(tenant, {
      receivedAt,
      duration: processingTime,
      procedureCode: procedure.code,
      unitCode: branch.unitCode,
    });
    // Online dossiers wait for a receiver to accept them (national 1); the others are received.
    // A registered dossier's due date is provisional: acceptance sets it, fast tracks included.
    const registered = request.channel === Channel.Online;
    const status = registered ? DossierStatus.Registered : DossierStatus.Received;
    const draft: DossierDraft = {
      id: randomUUID(),
      tenantId: tenant,
      idempotencyKey,
      requestHash: hash,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      procedureName: procedure.name,
      fieldCode: procedure.fieldCode,
      level: procedure.level,
      channel: request.channel,
      status,
      nationalStatusCode: NATIONAL_STATUS_CODE[status],
      applicantFullName: request.applicant.fullName,
      applicantPersonalId: request.applicant.personalId,
      applicantPhone: request.applicant.phone,
      applicantEmail: request.applicant.email ?? null,
      applicantVerifiedLevel: who.applicantVerifiedLevel,
      representativePersonalId: request.representativePersonalId ?? null,
      jurisdictionUnitCode,
      jurisdictionBasis: procedure.jurisdictionBasis,
      receivingBranchId: branch.id,
      receivingBranchName: branch.name,
      receivingUnitCode: branch.unitCode,
      receivingAgencyCode: branch.agencyCode,
      returnBranchId: returnBranch.id,
      returnBranchName: returnBranch.name,
      returnBranchAddress: returnBranch.address,
      returnMethod: request.returnMethod,
      components: completeness.components,
      competentAgencyCode: null,
      competentAgencyName: null,
      receivedAt,
      acceptedAt: registered ? null : receivedAt,
      dueAt,
      duration: registered ? processingTime : duration,
      pauses: [],
      originalDueAt: null,
      apologized: false,
      finishedAt: null,
      rating: null,
      paymentResumeStatus: null,
      paidOnline: false,
      overdueNotifiedAt: null,
      dueSoonNotifiedAt: null,
      receivedBy: who.subject,
      submitterKind: who.kind,
      formerAgencyCodes: [],
      decidingTenant,
      receivedInTenant: null,
      mirroredAt: null,
    };
    return {
      draft,
      received: ` (${procedure.code}) at ${branch.id}${scope.boundaryFree ? ', boundary-free' : ''}${decidingTenant ? `, for ${decidingTenant} (hand-over)` : ''}${fastTrackId ? `, fast track ${fastTrackId}` : ''}`,
    };
  }

  /**
   * The dossier's jurisdiction unit, and the tenant whose agency decides when it is not this one.
   * A NATION-scope procedure may be received for a unit of any served tenant (cross-province
   * hand-over); the others only for a unit of the receiving tenant.
   */
  private async jurisdictionOf(
    tenant: string,
    procedure: Procedure,
    code: string,
  ): Promise<{ unit: AdministrativeUnit; decidingTenant: string | null }> {
    const notHere = `unit ${code} is not an administrative unit of ${tenant}`;
    try {
      return { unit: await this.catalog.getUnit(tenant, code), decidingTenant: null };
    } catch (err) {
      if (!DomainError.is(err) || err.code !== ErrorCode.NotFound) throw err;
      if (procedure.boundaryFreeScope !== BoundaryFreeScope.Nation)
        throw invalid('jurisdictionUnitCode', notHere);
    }
    const located = await this.catalog
      .locateUnit(code, toVietnamDate(this.clock.now()))
      .catch(notFoundAs('jurisdictionUnitCode', `${notHere} nor of any tenant served`));
    if (located.tenant === tenant) throw invalid('jurisdictionUnitCode', notHere);
    return { unit: located.unit, decidingTenant: located.tenant };
  }

  /** A dossier the actor may read (DOMAIN §7); staff and integrator reads are logged with `purpose`. */
  async get(
    tenant: string,
    code: string,
    actor: Actor | undefined,
    purpose: string | undefined,
  ): Promise<Dossier> {
    return this.reads.read(
      await this.repository.findByCode(tenant, code),
      `dossier ${code} does not exist in ${tenant}`,
      { actor, operation: 'VIEW', purpose },
      (dossier) => this.views.full(dossier),
    );
  }

  /** Public tracking: the code and the applicant's phone must both match; either miss reads as "not found". */
  async track(tenant: string, code: string, phone: string): Promise<DossierTracking> {
    const dossier = await this.repository.findByCode(tenant, code);
    if (!dossier || normalizePhone(phone) !== dossier.applicantPhone) {
      throw new DomainError(ErrorCode.NotFound, 'no dossier with this code and phone number');
    }
    return this.views.tracking(dossier);
  }

  /** A retry answers with the stored dossier, to the caller that submitted it only. */
  private async replay(earlier: DossierEntity, hash: string, who: Submitter): Promise<Dossier> {
    if (earlier.receivedBy !== who.subject || (earlier.submitterKind ?? who.kind) !== who.kind) {
      throw new DomainError(
        ErrorCode.IdempotencyConflict,
        'idempotency key already used by another caller; choose a new key',
      );
    }
    if (earlier.requestHash !== hash) {
      throw new DomainError(
        ErrorCode.IdempotencyConflict,
        `idempotency key already used for dossier ${earlier.code} with a different request`,
      );
    }
    return this.views.full(earlier);
  }
}

const BASIS_WORDS: Record<JurisdictionBasis, string> = {
  RESIDENCE: 'where the applicant lives',
  PARCEL: 'where the parcel lies',
  BUSINESS_ADDRESS: 'where the business is registered',
};

function invalid(path: string, message: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, [{ path, message }]);
}

/** Turns the catalog's NOT_FOUND into a validation error on the input field that named it. */
function notFoundAs(path: string, message: string) {
  return (err: unknown): never => {
    if (DomainError.is(err) && err.code === ErrorCode.NotFound) throw invalid(path, message);
    throw err;
  };
}
