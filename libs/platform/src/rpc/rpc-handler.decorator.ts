import type { RpcParsedRequest, RpcResponse, RpcSubject } from '@motcua/contracts';
import type { RpcCallContext } from './rpc-envelope';

export const RPC_HANDLER_METADATA = 'motcua:rpc-handler';

/** The signature a handler of subject S must have: the compiler checks it at the decorator. */
export type RpcHandlerFn<S extends RpcSubject> = (
  request: RpcParsedRequest<S>,
  ctx: RpcCallContext,
) => Promise<RpcResponse<S>>;

/**
 * Marks a provider method as the handler of a request/reply subject. The payload is validated
 * against the contract before the method runs; thrown DomainErrors become `{ code, message }`.
 */
export function RpcHandler<S extends RpcSubject>(subject: S) {
  return (target: object, key: string | symbol, descriptor: { value?: RpcHandlerFn<S> }): void => {
    Reflect.defineMetadata(RPC_HANDLER_METADATA, subject, target, key);
    void descriptor;
  };
}
