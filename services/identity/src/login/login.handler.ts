import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler } from '@motcua/platform';
import { LoginService } from './login.service';

@Injectable()
export class LoginHandler {
  constructor(private readonly login: LoginService) {}

  /** The upstream authorization URL of a new sign-in. */
  @RpcHandler('identity.login.start.v1')
  start(
    request: RpcParsedRequest<'identity.login.start.v1'>,
  ): Promise<RpcResponse<'identity.login.start.v1'>> {
    return this.login.start(request);
  }

  /** Where the browser goes after the upstream redirect: the app, with a code or an error. */
  @RpcHandler('identity.login.complete.v1')
  complete(
    request: RpcParsedRequest<'identity.login.complete.v1'>,
  ): Promise<RpcResponse<'identity.login.complete.v1'>> {
    return this.login.complete(request);
  }
}
