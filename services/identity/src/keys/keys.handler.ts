import { Injectable } from '@nestjs/common';
import type { RpcResponse } from '@motcua/contracts';
import { RpcHandler } from '@motcua/platform';
import { KeyRing } from './key-ring.service';

@Injectable()
export class KeysHandler {
  constructor(private readonly keyRing: KeyRing) {}

  /** The JWKS verifiers of platform tokens fetch (the gateway, through its own cache). */
  @RpcHandler('identity.keys.list.v1')
  async list(): Promise<RpcResponse<'identity.keys.list.v1'>> {
    return { keys: await this.keyRing.publishedKeys() };
  }
}
