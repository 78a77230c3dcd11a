import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  maskPersonalId,
  staffRoleSchema,
  type Principal,
  type StaffRole,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import type { StaffIssuerConfig } from '../config/issuers.schema';
import { PeopleRepository } from '../people/people.repository';
import { StaffRepository } from '../staff/staff.repository';
import { AccessTokenVerifier, type VerifiedToken } from '../tokens/access-token.verifier';
import { PrincipalCache } from './principal-cache';

/** Turns an access token into the caller: a staff member of the issuer's tenant, or a citizen. */
@Injectable()
export class PrincipalsService {
  private readonly logger = new Logger(PrincipalsService.name);

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly staff: StaffRepository,
    private readonly people: PeopleRepository,
    private readonly cache: PrincipalCache,
    private readonly clock: Clock,
  ) {}

  /**
   * @param requestTenant the tenant the request is made in (`x-tenant`): a citizen's tenant, as
   * citizens of any province use any tenant; a staff member's tenant is their realm's.
   */
  async resolve(token: string, requestTenant: string | undefined): Promise<Principal> {
    let principal = this.cache.get(token);
    if (!principal) {
      principal = await this.authenticate(await this.verifier.verify(token));
      this.cache.set(token, principal);
    }
    return principal.kind === 'CITIZEN' ? { ...principal, tenant: requestTenant ?? '' } : principal;
  }

  private authenticate(token: VerifiedToken): Promise<Principal> {
    const { issuer } = token;
    return issuer.kind === 'staff'
      ? this.staffPrincipal(issuer, token)
      : this.citizenPrincipal(token);
  }

  private async staffPrincipal(
    issuer: StaffIssuerConfig,
    token: VerifiedToken,
  ): Promise<Principal> {
    const member = await this.staff.findBySubject(issuer.tenant, token.subject);
    if (!member)
      throw new DomainError(
        ErrorCode.Forbidden,
        `${token.subject} is not a staff member of tenant ${issuer.tenant}`,
      );
    if (!member.active)
      throw new DomainError(
        ErrorCode.Forbidden,
        `Staff member ${token.subject} of tenant ${issuer.tenant} is deactivated`,
      );
    return {
      kind: 'STAFF',
      issuer: issuer.issuer,
      subject: token.subject,
      tenant: issuer.tenant,
      displayName: member.displayName,
      roles: this.knownRoles(member.roles, member.id),
      branchId: member.branchId,
      agencyCode: member.agencyCode,
      expiresAt: token.expiresAt,
    };
  }

  private async citizenPrincipal(token: VerifiedToken): Promise<Principal> {
    const { claims } = token;
    const displayName = stringClaim(claims.name) ?? token.subject;
    const personalId = stringClaim(claims.personal_id);
    await this.people.recordSignIn({
      issuer: token.issuer.issuer,
      subject: token.subject,
      displayName,
      personalIdMasked: personalId === undefined ? null : maskPersonalId(personalId),
      assurance: stringClaim(claims.acr) ?? null,
      at: this.clock.now(),
    });
    return {
      kind: 'CITIZEN',
      issuer: token.issuer.issuer,
      subject: token.subject,
      tenant: '',
      displayName,
      roles: [],
      branchId: null,
      agencyCode: null,
      expiresAt: token.expiresAt,
    };
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

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
