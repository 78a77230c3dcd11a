import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  StaffRole,
  integratorScopeSchema,
  type ApiClient,
  type IntegratorScope,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock, type RpcCallContext } from '@motcua/platform';
import { StaffAccess } from '../staff/staff-access';
import type { ApiClientEntity } from './api-client.entity';
import { ApiClientsRepository } from './api-clients.repository';
import { hashSecret, newClientId, newClientSecret, verifySecret } from './client-secret';

/** An integrator whose credentials checked out, with the scopes it asked for (all when none). */
export interface AuthenticatedClient {
  clientId: string;
  tenant: string;
  name: string;
  scopes: IntegratorScope[];
}

/** One message for every refused credential: callers learn nothing of which part was wrong. */
const INVALID_CLIENT = 'invalid client credentials';
const ADMINS = [StaffRole.TenantAdmin] as const;

/** API clients of the tenant's integrators: registered, rotated and revoked by its administrators. */
@Injectable()
export class ApiClientsService {
  private readonly logger = new Logger(ApiClientsService.name);
  /** A hash of nothing anyone knows: unknown client ids cost the same scrypt as known ones. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly clients: ApiClientsRepository,
    private readonly access: StaffAccess,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RpcCallContext): Promise<ApiClient[]> {
    const { tenant } = await this.access.require(ctx, ADMINS, 'see the API clients');
    return (await this.clients.list(tenant)).map(toApiClient);
  }

  async register(
    ctx: RpcCallContext,
    request: RpcParsedRequest<'identity.client.register.v1'>,
  ): Promise<RpcResponse<'identity.client.register.v1'>> {
    const { tenant, actor } = await this.access.require(ctx, ADMINS, 'register API clients');
    const clientSecret = newClientSecret();
    const now = this.clock.now();
    const client = await this.clients.insert({
      tenantId: tenant,
      clientId: newClientId(),
      name: request.name,
      scopes: [...new Set(request.scopes)],
      secretHash: await hashSecret(clientSecret),
      previousSecretHash: null,
      previousSecretValidUntil: null,
      secretRotatedAt: now,
      active: true,
      createdAt: now,
      createdBy: actor.subject,
    });
    this.logger.log(
      `API client ${client.clientId} (${client.name}) of ${tenant} registered by ${actor.subject}: ${client.scopes.join(' ')}`,
    );
    return { client: toApiClient(client), clientSecret };
  }

  /** A new secret; the current one keeps working for `graceSeconds` (0: stops now). */
  async rotateSecret(
    ctx: RpcCallContext,
    request: RpcParsedRequest<'identity.client.rotate-secret.v1'>,
  ): Promise<RpcResponse<'identity.client.rotate-secret.v1'>> {
    const { tenant, actor } = await this.access.require(ctx, ADMINS, 'rotate API client secrets');
    const existing = await this.requireClient(tenant, request.clientId);
    if (!existing.active)
      throw new DomainError(
        ErrorCode.Conflict,
        `API client ${request.clientId} is revoked: register a new one`,
      );
    const clientSecret = newClientSecret();
    const now = this.clock.now();
    const client = await this.clients.rotate(tenant, request.clientId, {
      secretHash: await hashSecret(clientSecret),
      rotatedAt: now,
      previousValidUntil:
        request.graceSeconds > 0 ? new Date(now.getTime() + request.graceSeconds * 1000) : null,
    });
    if (!client)
      throw new DomainError(ErrorCode.Conflict, `API client ${request.clientId} was just revoked`);
    this.logger.log(
      `API client ${client.clientId} of ${tenant}: secret rotated by ${actor.subject}, old one valid ${request.graceSeconds} s more`,
    );
    return { client: toApiClient(client), clientSecret };
  }

  /** Revoked for good: neither secret works any more. Revoking a revoked client changes nothing. */
  async revoke(
    ctx: RpcCallContext,
    request: RpcParsedRequest<'identity.client.revoke.v1'>,
  ): Promise<ApiClient> {
    const { tenant, actor } = await this.access.require(ctx, ADMINS, 'revoke API clients');
    const client = await this.clients.revoke(tenant, request.clientId);
    if (!client) throw notFound(tenant, request.clientId);
    this.logger.log(`API client ${client.clientId} of ${tenant} revoked by ${actor.subject}`);
    return toApiClient(client);
  }

  /**
   * Checks an integrator's client credentials (the client_credentials grant). The secret is
   * compared in constant time; the previous secret counts until its grace period ends. An unknown
   * or revoked client and a wrong secret are refused alike (INVALID_GRANT, same message).
   * @param scope space-separated scopes wanted; all of the client's when absent or empty.
   */
  async authenticate(
    clientId: string,
    clientSecret: string,
    scope: string | undefined,
  ): Promise<AuthenticatedClient> {
    const client = await this.clients.findByClientId(clientId);
    const matches = await this.secretMatches(client, clientSecret);
    if (!client || !matches || !client.active)
      throw new DomainError(ErrorCode.InvalidGrant, INVALID_CLIENT);
    return {
      clientId: client.clientId,
      tenant: client.tenantId,
      name: client.name,
      scopes: grantedScopes(knownScopes(client.scopes), scope),
    };
  }

  private async secretMatches(client: ApiClientEntity | null, secret: string): Promise<boolean> {
    if (!client) {
      await verifySecret(secret, await this.unguessableHash());
      return false;
    }
    if (await verifySecret(secret, client.secretHash)) return true;
    const { previousSecretHash, previousSecretValidUntil } = client;
    if (!previousSecretHash || !previousSecretValidUntil) return false;
    if (this.clock.now() >= previousSecretValidUntil) return false;
    return verifySecret(secret, previousSecretHash);
  }

  private unguessableHash(): Promise<string> {
    this.dummyHash ??= hashSecret(newClientSecret());
    return this.dummyHash;
  }

  private async requireClient(tenant: string, clientId: string): Promise<ApiClientEntity> {
    const client = await this.clients.findInTenant(tenant, clientId);
    if (!client) throw notFound(tenant, clientId);
    return client;
  }
}

/** The scopes asked for (in the client's order), each of which the client holds; all when none are named. */
export function grantedScopes(
  held: readonly IntegratorScope[],
  requested: string | undefined,
): IntegratorScope[] {
  const wanted = [...new Set((requested ?? '').split(/\s+/).filter(Boolean))];
  if (!wanted.length) return [...held];
  const granted = held.filter((s) => wanted.includes(s));
  if (granted.length !== wanted.length)
    // FORBIDDEN, not INVALID_GRANT: the credentials were right (OAuth `invalid_scope`).
    throw new DomainError(ErrorCode.Forbidden, 'scope not granted');
  return granted;
}

function knownScopes(scopes: readonly string[]): IntegratorScope[] {
  return scopes.flatMap((s) => {
    const scope = integratorScopeSchema.safeParse(s);
    return scope.success ? [scope.data] : [];
  });
}

function notFound(tenant: string, clientId: string): DomainError {
  return new DomainError(ErrorCode.NotFound, `API client ${clientId} does not exist in ${tenant}`);
}

function toApiClient(c: ApiClientEntity): ApiClient {
  return {
    clientId: c.clientId,
    tenant: c.tenantId,
    name: c.name,
    scopes: knownScopes(c.scopes),
    active: c.active,
    createdAt: c.createdAt.toISOString(),
    secretRotatedAt: c.secretRotatedAt.toISOString(),
    previousSecretValidUntil: c.previousSecretValidUntil?.toISOString() ?? null,
  };
}
