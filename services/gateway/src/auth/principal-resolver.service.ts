import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Principal } from '@motcua/contracts';
import { Clock, RpcClient } from '@motcua/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { PrincipalCache } from './principal-cache';

/** Turns an access token into a principal through the identity service, cached per token hash. */
@Injectable()
export class PrincipalResolver {
  private readonly cache: PrincipalCache;
  private readonly inFlight = new Map<string, Promise<Principal>>();

  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.cache = new PrincipalCache(config.GATEWAY_PRINCIPAL_CACHE_SIZE);
  }

  async resolve(token: string, traceparent?: string): Promise<Principal> {
    // Tokens never sit in memory as keys, only their hashes.
    const key = createHash('sha256').update(token).digest('base64url');
    const cached = this.cache.get(key, this.clock.now().getTime());
    if (cached) return cached;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.ask(token, traceparent).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const principal = await pending;
    const now = this.clock.now().getTime();
    if (principal.expiresAt * 1000 <= now)
      throw new DomainError(ErrorCode.Unauthenticated, 'Access token expired');
    this.cache.set(key, principal, now);
    return principal;
  }

  private async ask(token: string, traceparent?: string): Promise<Principal> {
    try {
      return await this.rpc.request('identity.principal.resolve.v1', { token }, { traceparent });
    } catch (err) {
      // A token identity cannot even parse is as bad as a forged one.
      if (
        DomainError.is(err) &&
        (err.code === ErrorCode.ValidationFailed || err.code === ErrorCode.BadRequest)
      ) {
        throw new DomainError(ErrorCode.Unauthenticated, 'Invalid access token');
      }
      throw err;
    }
  }
}
