import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, Header, type Principal } from '@motcua/contracts';
import { requestTraceparent } from '../telemetry/request-span';
import type { AccessPolicy } from './access-policy';
import { bearerToken } from './bearer-token';
import type { Caller } from './caller';
import { PlatformTokenVerifier } from './platform-token.verifier';
import { TenantDirectory } from './tenant-directory.service';
import { headerTenant, hostTenantCandidate, settleTenant } from './tenant-resolution';

/** Works out who calls and in which tenant, as far as the operation's policy needs to know. */
@Injectable()
export class CallerResolver {
  constructor(
    private readonly tokens: PlatformTokenVerifier,
    private readonly tenants: TenantDirectory,
  ) {}

  async resolve(req: FastifyRequest, policy: AccessPolicy): Promise<Caller> {
    const traceparent = requestTraceparent(req);
    if (policy.kind === 'public' && policy.tenant === 'none')
      return { principal: null, tenant: undefined, traceparent, clientAddress: req.ip };

    const token = bearerToken(req.headers.authorization);
    if (policy.kind === 'signed-in' && !token)
      throw new DomainError(ErrorCode.Unauthenticated, 'Sign in required');
    // A token sent to a public operation still decides the tenant of staff, so it must be valid.
    const principal: Principal | null = token ? await this.tokens.verify(token) : null;
    const tenant = await settleTenant(principal, headerTenant(req.headers[Header.Tenant]), () =>
      this.hostTenant(req),
    );
    if (!tenant) throw new DomainError(ErrorCode.BadRequest, 'x-tenant header required');
    // A tenant named by a caller without one of its own must exist (staff carry theirs signed).
    if ((!principal || principal.kind === 'CITIZEN') && !(await this.tenants.has(tenant)))
      throw new DomainError(ErrorCode.NotFound, `no tenant "${tenant}" on this platform`);
    // Citizens belong to no tenant: they act in the one the request names.
    return {
      principal: principal?.kind === 'CITIZEN' ? { ...principal, tenant } : principal,
      tenant,
      traceparent,
      clientAddress: req.ip,
    };
  }

  private async hostTenant(req: FastifyRequest): Promise<string | undefined> {
    const candidate = hostTenantCandidate(req.hostname);
    return candidate && (await this.tenants.has(candidate)) ? candidate : undefined;
  }
}
