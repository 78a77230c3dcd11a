import {
  Channel,
  DomainError,
  ErrorCode,
  IntegratorScope,
  StaffRole,
  type Actor,
  type Procedure,
  type RpcParsedRequest,
} from '@motcua/contracts';

type SubmitRequest = Pick<
  RpcParsedRequest<'reception.dossier.submit.v1'>,
  'channel' | 'applicant' | 'representativePersonalId' | 'branchId'
>;

/** Who submits, as the dossier records it. */
export interface Submitter {
  subject: string;
  kind: Actor['kind'];
  /**
   * The applicant's e-ID assurance level when the applicant submits online themselves (the
   * overlay fact "verified with the national e-ID"); null otherwise.
   */
  applicantVerifiedLevel: number | null;
}

/**
 * Who may submit (DOMAIN §7): receivers at the counters of their own branches, supervisors at any
 * branch of the tenant (the dossier itself may concern any unit: boundary-free reception); a citizen
 * online, for themselves or as the applicant's authorized representative; an API client of the
 * tenant with `dossier:submit`, online only (the national portal's inbound dossiers).
 */
export function authorizeSubmission(
  tenant: string,
  request: SubmitRequest,
  actor: Actor | undefined,
): Submitter {
  if (!actor)
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'submitting a dossier needs an authenticated caller',
    );
  const submitter = (applicantVerifiedLevel: number | null = null): Submitter => ({
    subject: actor.subject,
    kind: actor.kind,
    applicantVerifiedLevel,
  });
  const online = request.channel === Channel.Online;
  switch (actor.kind) {
    case 'STAFF':
      if (actor.tenant !== tenant)
        throw forbidden(`staff of ${actor.tenant ?? 'no tenant'} cannot receive for ${tenant}`);
      if (!actor.roles.some((r) => r === StaffRole.Receiver || r === StaffRole.Supervisor))
        throw forbidden('only receivers and supervisors receive dossiers');
      if (
        !actor.roles.includes(StaffRole.Supervisor) &&
        !actor.branchIds.includes(request.branchId)
      )
        throw forbidden(
          `receivers receive at their own branches (${actor.branchIds.join(', ') || 'none'}), not at ${request.branchId}`,
        );
      return submitter();
    case 'CITIZEN': {
      if (!online) throw forbidden('citizens submit through the ONLINE channel only');
      const id = actor.personalId;
      if (id === undefined)
        throw forbidden('submitting online needs a sign-in with the national e-ID');
      if (id === request.applicant.personalId) return submitter(actor.assurance ?? 1);
      if (id === request.representativePersonalId) return submitter();
      throw forbidden(
        "citizens submit for themselves, or as the applicant's authorized representative (representativePersonalId)",
      );
    }
    case 'INTEGRATOR':
      if (actor.tenant !== tenant)
        throw forbidden(
          `an API client of ${actor.tenant ?? 'no tenant'} cannot submit to ${tenant}`,
        );
      if (!actor.scopes.includes(IntegratorScope.DossierSubmit))
        throw forbidden(`submitting dossiers needs the ${IntegratorScope.DossierSubmit} scope`);
      if (!online) throw forbidden('API clients submit through the ONLINE channel only');
      return submitter();
    case 'SYSTEM':
      throw forbidden('system callers do not submit dossiers');
  }
}

/**
 * A citizen submitting online must have signed in at the procedure's assurance level (Decree
 * 69/2024); a sign-in that does not say counts as level 1. Staff and API clients check identity
 * themselves (papers at the counter; the national portal's own sign-in).
 */
export function checkAssurance(procedure: Procedure, actor: Actor | undefined): void {
  if (actor?.kind !== 'CITIZEN') return;
  const required = procedure.requiredAssuranceLevel;
  const signedIn = actor.assurance ?? 1;
  if (signedIn >= required) return;
  throw new DomainError(
    ErrorCode.AssuranceTooLow,
    `procedure ${procedure.code} needs a level-${required} national e-ID sign-in (VNeID level ${required}); you signed in at level ${signedIn}`,
  );
}

const forbidden = (message: string) => new DomainError(ErrorCode.Forbidden, message);
