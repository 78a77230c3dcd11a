import {
  ErrorCode,
  IntegratorScope,
  PersonalDataAccessBasis,
  StaffRole,
  type Actor,
} from '@motcua/contracts';
import type { DossierEntity } from '../dossiers/dossier.entity';

/** What the read rules look at on a stored dossier. */
export type DossierAccessFacts = Pick<
  DossierEntity,
  | 'tenantId'
  | 'receivingBranchId'
  | 'returnBranchId'
  | 'competentAgencyCode'
  | 'formerAgencyCodes'
  | 'applicantPersonalId'
  | 'representativePersonalId'
  | 'submitterKind'
  | 'receivedBy'
>;

export type ReadDecision =
  | {
      allowed: true;
      /** Why the reader may read it (the access log's "basis"). */
      basis: PersonalDataAccessBasis;
      /** Staff and integrator reads are logged; a citizen reading their own dossier is not. */
      audited: boolean;
    }
  | {
      allowed: false;
      /**
       * NOT_FOUND where the dossier's existence is not the reader's business (citizens, other
       * tenants); FORBIDDEN for staff and clients of its tenant; UNAUTHENTICATED without actor.
       */
      code:
        typeof ErrorCode.NotFound | typeof ErrorCode.Forbidden | typeof ErrorCode.Unauthenticated;
      reason: string;
    };

const B = PersonalDataAccessBasis;

/**
 * Whether `actor` may read a dossier's personal data, and on what basis (DOMAIN §7). The first
 * rule that holds wins: supervisor, auditor, receiver of its branch, handler or approver of its
 * agency now or of an earlier inter-agency step, integrator with `dossier:read`; a citizen as
 * applicant, online submitter or authorized representative. A tenant administrator alone reads
 * no personal data (least privilege). Pure: the caller loads the dossier and raises the error.
 */
export function decideDossierRead(
  actor: Actor | undefined,
  dossier: DossierAccessFacts,
): ReadDecision {
  if (!actor)
    return refuse(ErrorCode.Unauthenticated, 'reading a dossier needs a signed-in caller');
  switch (actor.kind) {
    case 'CITIZEN':
      return citizenRead(actor, dossier);
    case 'STAFF':
      return staffRead(actor, dossier);
    case 'INTEGRATOR':
      if (actor.tenant !== dossier.tenantId) return notFound('an API client of another tenant');
      if (!actor.scopes.includes(IntegratorScope.DossierRead))
        return refuse(
          ErrorCode.Forbidden,
          `reading dossiers needs the ${IntegratorScope.DossierRead} scope`,
        );
      return grant(B.Integrator);
    case 'SYSTEM':
      return refuse(ErrorCode.Forbidden, 'system callers do not read personal data');
  }
}

function citizenRead(actor: Actor, dossier: DossierAccessFacts): ReadDecision {
  const id = actor.personalId;
  if (id !== undefined && id === dossier.applicantPersonalId) return grant(B.Owner, false);
  if (dossier.submitterKind === 'CITIZEN' && dossier.receivedBy === actor.subject)
    return grant(B.Owner, false);
  if (id !== undefined && id === dossier.representativePersonalId)
    return grant(B.Representative, false);
  // Whether someone else's dossier exists is none of the caller's business.
  return notFound('a citizen who is not its applicant, submitter or representative');
}

function staffRead(actor: Actor, dossier: DossierAccessFacts): ReadDecision {
  if (actor.tenant !== dossier.tenantId) return notFound('staff of another tenant');
  const has = (role: StaffRole) => actor.roles.includes(role);
  if (has(StaffRole.Supervisor)) return grant(B.Supervisor);
  if (has(StaffRole.Auditor)) return grant(B.Audit);
  const branches = [dossier.receivingBranchId, dossier.returnBranchId];
  if (has(StaffRole.Receiver) && actor.branchIds.some((b) => branches.includes(b)))
    return grant(B.ReceivingBranch);
  if (has(StaffRole.Handler) || has(StaffRole.Approver)) {
    const current = dossier.competentAgencyCode;
    if (current !== null && actor.agencyCodes.includes(current)) return grant(B.CompetentAgency);
    if (actor.agencyCodes.some((a) => dossier.formerAgencyCodes.includes(a)))
      return grant(B.HandedOver);
  }
  return refuse(
    ErrorCode.Forbidden,
    'staff read the dossiers received at, returned at, routed to or handed over to their units (supervisors and auditors: every dossier of the tenant)',
  );
}

const grant = (basis: PersonalDataAccessBasis, audited = true): ReadDecision => ({
  allowed: true,
  basis,
  audited,
});

const refuse = (
  code: Exclude<ReadDecision, { allowed: true }>['code'],
  reason: string,
): ReadDecision => ({
  allowed: false,
  code,
  reason,
});

const notFound = (who: string): ReadDecision =>
  refuse(ErrorCode.NotFound, `not readable by ${who}`);
