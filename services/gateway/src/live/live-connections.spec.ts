import type { Principal } from '@motcua/contracts';
import { DomainError, ErrorCode } from '@motcua/contracts';
import type { PlatformTokenVerifier } from '../auth/platform-token.verifier';
import { connectionHeaders, LiveConnections } from './live-connections';

const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.payload.signature';

function connections(verify: (token: string) => Promise<Principal>) {
  return new LiveConnections({ verify } as Pick<
    PlatformTokenVerifier,
    'verify'
  > as PlatformTokenVerifier);
}

describe('LiveConnections', () => {
  it('reads the connection_init payload as lower-case headers, nested or not', () => {
    expect(connectionHeaders({ Authorization: 'Bearer x', 'X-Tenant': 'hanoi' })).toEqual({
      authorization: 'Bearer x',
      'x-tenant': 'hanoi',
    });
    expect(connectionHeaders({ headers: { authorization: 'Bearer y' } })).toEqual({
      authorization: 'Bearer y',
    });
    expect(connectionHeaders(null)).toEqual({});
  });

  it('accepts a connection whose platform token verifies', async () => {
    const verify = jest.fn(() => Promise.resolve({} as Principal));
    await expect(connections(verify).accept({ authorization: `Bearer ${TOKEN}` })).resolves.toBe(
      true,
    );
    expect(verify).toHaveBeenCalledWith(TOKEN);
  });

  it('accepts an anonymous connection (public subscriptions only) without verifying anything', async () => {
    const verify = jest.fn(() => Promise.resolve({} as Principal));
    const live = connections(verify);
    await expect(live.accept(undefined)).resolves.toBe(true);
    await expect(live.accept({ 'x-tenant': 'hanoi' })).resolves.toBe(true);
    expect(verify).not.toHaveBeenCalled();
  });

  it('refuses a connection with a malformed token or an invalid one', async () => {
    const verify = jest.fn(() =>
      Promise.reject(new DomainError(ErrorCode.Unauthenticated, 'Invalid access token')),
    );
    const live = connections(verify);
    await expect(live.accept({ authorization: 'Basic abc' })).resolves.toBe(false);
    await expect(live.accept({ authorization: `Bearer ${TOKEN}` })).resolves.toBe(false);
  });
});
