import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  maskPersonalId,
  staffRoleSchema,
  type StaffRole,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import type { CitizenIssuerConfig } from '../config/issuers.schema';
import { PeopleRepository } from '../people/people.repository';
import { personalIdHash } from '../people/personal-id-hash';
import { StaffRepository } from '../staff/staff.repository';
import type { TokenSubject } from '../tokens/platform-token-claims';
import type { RefreshSession } from '../tokens/refresh-tokens.service';
import type { UpstreamIdentity } from '../tokens/upstream-identity';
import { readCitizenClaims } from './citizen-claims';

/**
 * Who platform tokens are issued to: a staff member of the issuer's tenant (roles and units from
 * the staff table), or a citizen (the person of their personal ID). Read at sign-in and again at
 * every refresh, so a change reaches the next access token.
 */
@Injectable()
export class PrincipalsService {
  private readonly logger = new Logger(PrincipalsService.name);

  constructor(
    private readonly staff: StaffRepository,
    private readonly people: PeopleRepository,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The principal an upstream issuer vouched for. FORBIDDEN when a staff issuer's subject is no
   * active staff member; UNAUTHENTICATED when a citizen issuer gave no valid personal ID.
   */
  fromUpstream(upstream: UpstreamIdentity): Promise<TokenSubject> {
    const { issuer } = upstream;
    return issuer.kind === 'staff'
      ? this.staffMember(issuer.tenant, upstream.subject, ErrorCode.Forbidden)
      : this.citizenSignIn(issuer, upstream);
  }

  /** The principal of a refresh token's session as it is now; INVALID_GRANT when it is gone. */
  async fromSession(session: RefreshSession): Promise<TokenSubject> {
    if (session.kind === 'STAFF') {
      return this.staffMember(session.tenant, session.subject, ErrorCode.InvalidGrant);
    }
    const person = await this.people.findById(session.subject);
    if (!person || session.personalId === null) {
      throw new DomainError(ErrorCode.InvalidGrant, 'The person of this session is unknown');
    }
    return citizen(person.id, person.displayName, session.personalId, session.assurance);
  }

  private async staffMember(
    tenant: string,
    subject: string,
    refusal: typeof ErrorCode.Forbidden | typeof ErrorCode.InvalidGrant,
  ): Promise<TokenSubject> {
    const member = await this.staff.findBySubject(tenant, subject);
    if (!member) {
      throw new DomainError(refusal, `${subject} is not a staff member of tenant ${tenant}`);
    }
    if (!member.active) {
      throw new DomainError(refusal, `Staff member ${subject} of tenant ${tenant} is deactivated`);
    }
    return {
      kind: 'STAFF',
      subject,
      tenant,
      displayName: member.displayName,
      roles: this.knownRoles(member.roles, member.id),
      branchIds: member.branchIds,
      agencyCodes: member.agencyCodes,
      personalId: null,
      assurance: null,
      scopes: [],
    };
  }

  private async citizenSignIn(
    issuer: CitizenIssuerConfig,
    upstream: UpstreamIdentity,
  ): Promise<TokenSubject> {
    const assertion = readCitizenClaims(upstream.claims, issuer.claims);
    const person = await this.people.recordSignIn({
      personalIdHash: personalIdHash(this.config.IDENTITY_PERSON_ID_PEPPER, assertion.personalId),
      personalIdMasked: maskPersonalId(assertion.personalId),
      displayName: assertion.displayName,
      assurance: assertion.assurance,
      issuer: issuer.issuer,
      subject: upstream.subject,
      at: this.clock.now(),
    });
    return citizen(person.id, person.displayName, assertion.personalId, assertion.assurance);
  }

  /** Roles the contract knows; a stray value in the table must not fail every sign-in. */
  private knownRoles(roles: string[], staffId: string): StaffRole[] {
    const known: StaffRole[] = [];
    for (const role of roles) {
      const parsed = staffRoleSchema.safeParse(role);
      if (parsed.success) known.push(parsed.data);
      else this.logger.warn(`staff ${staffId} has unknown role ${role}; ignored`);
    }
    return known;
  }
}

/** Citizens act in the tenant a request names, so their tokens name none. */
function citizen(
  personId: string,
  displayName: string,
  personalId: string,
  assurance: number | null,
): TokenSubject {
  return {
    kind: 'CITIZEN',
    subject: personId,
    tenant: '',
    displayName,
    roles: [],
    branchIds: [],
    agencyCodes: [],
    personalId,
    assurance,
    scopes: [],
  };
}
