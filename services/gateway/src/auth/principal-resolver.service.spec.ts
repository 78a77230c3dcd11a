import { DomainError, ErrorCode, type Principal } from '@motcua/contracts';
import { FixedClock, type RpcClient } from '@motcua/platform';
import type { GatewayConfig } from '../config/gateway.config';
import { PrincipalResolver } from './principal-resolver.service';

const NOW = new Date('2026-03-02T01:00:00Z');
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.payload.signature';

function setup(answer: () => Promise<Principal>) {
  const request = jest.fn(answer);
  const clock = new FixedClock(NOW);
  const resolver = new PrincipalResolver({ request } as unknown as RpcClient, clock, {
    GATEWAY_PRINCIPAL_CACHE_SIZE: 100,
  } as GatewayConfig);
  return { resolver, request, clock };
}

const principal = (expiresInS = 3600): Principal => ({
  kind: 'STAFF',
  issuer: 'http://idp/realms/hanoi',
  subject: 'demo.hanoi.receiver',
  tenant: 'hanoi',
  displayName: 'Receiver',
  roles: ['RECEIVER'],
  branchId: null,
  agencyCode: null,
  expiresAt: NOW.getTime() / 1000 + expiresInS,
});

describe(PrincipalResolver.name, () => {
  describe('resolve', () => {
    it('asks identity once per token within a minute', async () => {
      const { resolver, request, clock } = setup(() => Promise.resolve(principal()));
      await Promise.all([resolver.resolve(TOKEN), resolver.resolve(TOKEN)]);
      clock.advance(59_000);
      await resolver.resolve(TOKEN);
      expect(request).toHaveBeenCalledTimes(1);
      expect(request).toHaveBeenCalledWith(
        'identity.principal.resolve.v1',
        { token: TOKEN },
        expect.anything(),
      );
      clock.advance(1_000);
      await resolver.resolve(TOKEN);
      expect(request).toHaveBeenCalledTimes(2);
    });

    it('refuses an expired principal with UNAUTHENTICATED', async () => {
      const { resolver } = setup(() => Promise.resolve(principal(0)));
      await expect(resolver.resolve(TOKEN)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
      });
    });

    it('turns a token identity cannot parse into UNAUTHENTICATED', async () => {
      const { resolver } = setup(() =>
        Promise.reject(new DomainError(ErrorCode.ValidationFailed, 'token: too long')),
      );
      await expect(resolver.resolve(TOKEN)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
      });
    });

    it('passes SERVICE_UNAVAILABLE on and caches no failure', async () => {
      const { resolver, request } = setup(() =>
        Promise.reject(new DomainError(ErrorCode.Unavailable, 'No service answers')),
      );
      await expect(resolver.resolve(TOKEN)).rejects.toMatchObject({ code: ErrorCode.Unavailable });
      await expect(resolver.resolve(TOKEN)).rejects.toMatchObject({ code: ErrorCode.Unavailable });
      expect(request).toHaveBeenCalledTimes(2);
    });
  });
});
