import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler } from '@motcua/platform';
import { GrantsService } from './grants.service';

@Injectable()
export class GrantsHandler {
  constructor(private readonly grants: GrantsService) {}

  /**
   * Platform tokens for a grant. INVALID_GRANT for a bad code, refresh token or credential;
   * UNAUTHENTICATED for a bad upstream token; FORBIDDEN for someone who is no staff member there.
   */
  @RpcHandler('identity.token.issue.v1')
  issue(
    request: RpcParsedRequest<'identity.token.issue.v1'>,
  ): Promise<RpcResponse<'identity.token.issue.v1'>> {
    return this.grants.issue(request.grant);
  }

  /** Sign-out: a refresh token's family is revoked; an unknown token is no error (RFC 7009). */
  @RpcHandler('identity.token.revoke.v1')
  async revoke(
    request: RpcParsedRequest<'identity.token.revoke.v1'>,
  ): Promise<RpcResponse<'identity.token.revoke.v1'>> {
    return { revoked: await this.grants.revoke(request.refreshToken) };
  }
}
