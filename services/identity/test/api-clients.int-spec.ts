import { ErrorCode, type Actor, type RpcRequest } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { ApiClientEntity } from '../src/clients/api-client.entity';
import { ApiClientsService } from '../src/clients/api-clients.service';
import {
  HANOI_ADMIN,
  HANOI_SUPERVISOR,
  HCMC_ADMIN,
  startAdminStack,
  type AdminStack,
} from './support/admin-stack';

const HOUR_MS = 3_600_000;
const REFUSED = { code: ErrorCode.InvalidGrant, message: 'invalid client credentials' };

describe('API clients of integrators', () => {
  const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
  let stack: AdminStack;
  let clients: ApiClientsService;

  const asAdmin = (actor: Actor = HANOI_ADMIN, tenant = 'hanoi') => ({ tenant, actor });
  const register = (request: RpcRequest<'identity.client.register.v1'>, options = asAdmin()) =>
    stack.client.rpc.request('identity.client.register.v1', request, options);
  const rotate = (request: RpcRequest<'identity.client.rotate-secret.v1'>, options = asAdmin()) =>
    stack.client.rpc.request('identity.client.rotate-secret.v1', request, options);
  const revoke = (clientId: string, options = asAdmin()) =>
    stack.client.rpc.request('identity.client.revoke.v1', { clientId }, options);
  const list = (options = asAdmin()) =>
    stack.client.rpc.request('identity.client.list.v1', {}, options);

  beforeAll(async () => {
    stack = await startAdminStack('identity_api_clients', clock);
    clients = stack.identity.get(ApiClientsService);
  });

  afterAll(() => stack?.close());

  describe('identity.client.register.v1', () => {
    it('registers a client whose secret is shown once and stored only as a salted scrypt hash', async () => {
      const { client, clientSecret } = await register({
        name: 'Cổng Dịch vụ công quốc gia',
        scopes: ['dossier:read', 'dossier:submit'],
      });

      expect(client).toEqual({
        clientId: expect.stringMatching(/^mc_[A-Za-z0-9_-]{22}$/),
        tenant: 'hanoi',
        name: 'Cổng Dịch vụ công quốc gia',
        scopes: ['dossier:read', 'dossier:submit'],
        active: true,
        createdAt: '2026-03-02T02:00:00.000Z',
        secretRotatedAt: '2026-03-02T02:00:00.000Z',
        previousSecretValidUntil: null,
      });
      expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const row = await stack.dataSource
        .getRepository(ApiClientEntity)
        .findOneByOrFail({ clientId: client.clientId });
      expect(row).toMatchObject({ tenantId: 'hanoi', createdBy: 'demo.hanoi.admin' });
      expect(row.secretHash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
      expect(JSON.stringify(row)).not.toContain(clientSecret);
      expect((await list()).clients).toContainEqual(client);

      await expect(clients.authenticate(client.clientId, clientSecret, undefined)).resolves.toEqual(
        {
          clientId: client.clientId,
          tenant: 'hanoi',
          name: 'Cổng Dịch vụ công quốc gia',
          scopes: ['dossier:read', 'dossier:submit'],
        },
      );
    });

    it('answers FORBIDDEN to a supervisor and to an administrator of another tenant', async () => {
      const request = { name: 'Kiosk', scopes: ['public:read' as const] };
      await expect(register(request, asAdmin(HANOI_SUPERVISOR))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
        message: 'only TENANT_ADMIN may register API clients',
      });
      await expect(register(request, asAdmin(HCMC_ADMIN, 'hanoi'))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(list(asAdmin(HANOI_SUPERVISOR))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });
  });

  describe(ApiClientsService.prototype.authenticate.name, () => {
    it('refuses a wrong secret and an unknown client alike', async () => {
      const { client, clientSecret } = await register({ name: 'Kiosk', scopes: ['public:read'] });
      const last = clientSecret.at(-1) === 'A' ? 'B' : 'A';

      await expect(
        clients.authenticate(client.clientId, `${clientSecret.slice(0, -1)}${last}`, undefined),
      ).rejects.toMatchObject(REFUSED);
      await expect(
        clients.authenticate('mc_unknown', clientSecret, undefined),
      ).rejects.toMatchObject(REFUSED);
    });

    it('grants a subset of the client’s scopes and refuses one it does not hold', async () => {
      const { client, clientSecret } = await register({
        name: 'Chi nhánh Ba Đình',
        scopes: ['public:read', 'dossier:read'],
      });

      await expect(
        clients.authenticate(client.clientId, clientSecret, 'dossier:read'),
      ).resolves.toMatchObject({ scopes: ['dossier:read'] });
      await expect(
        clients.authenticate(client.clientId, clientSecret, 'dossier:read dossier:submit'),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden, message: 'scope not granted' });
      // The credentials are checked first: a wrong secret never learns about scopes.
      await expect(
        clients.authenticate(client.clientId, 'wrong', 'dossier:submit'),
      ).rejects.toMatchObject(REFUSED);
    });
  });

  describe('identity.client.rotate-secret.v1', () => {
    it('keeps the old secret working for the grace period, then only the new one', async () => {
      clock.set(new Date('2026-03-02T02:00:00.000Z'));
      const first = await register({ name: 'Một cửa điện tử', scopes: ['dossier:read'] });
      const { clientId } = first.client;
      clock.advance(HOUR_MS);

      const rotated = await rotate({ clientId, graceSeconds: 3600 });

      expect(rotated.clientSecret).not.toBe(first.clientSecret);
      expect(rotated.client).toMatchObject({
        clientId,
        secretRotatedAt: '2026-03-02T03:00:00.000Z',
        previousSecretValidUntil: '2026-03-02T04:00:00.000Z',
      });
      await expect(
        clients.authenticate(clientId, first.clientSecret, undefined),
      ).resolves.toMatchObject({ clientId });
      await expect(
        clients.authenticate(clientId, rotated.clientSecret, undefined),
      ).resolves.toMatchObject({ clientId });

      clock.advance(HOUR_MS - 1);
      await expect(
        clients.authenticate(clientId, first.clientSecret, undefined),
      ).resolves.toMatchObject({ clientId });
      clock.advance(1);
      await expect(
        clients.authenticate(clientId, first.clientSecret, undefined),
      ).rejects.toMatchObject(REFUSED);
      await expect(
        clients.authenticate(clientId, rotated.clientSecret, undefined),
      ).resolves.toMatchObject({ clientId });
    });

    it('stops the old secret at once with a grace of 0, and keeps it a day by default', async () => {
      const first = await register({ name: 'Kiosk 2', scopes: ['public:read'] });
      const { clientId } = first.client;

      const now = await rotate({ clientId, graceSeconds: 0 });
      expect(now.client.previousSecretValidUntil).toBeNull();
      await expect(
        clients.authenticate(clientId, first.clientSecret, undefined),
      ).rejects.toMatchObject(REFUSED);

      const byDefault = await rotate({ clientId });
      expect(byDefault.client.previousSecretValidUntil).toBe(
        new Date(clock.now().getTime() + 24 * HOUR_MS).toISOString(),
      );
      // Only the secret just replaced survives a rotation, never the one before it.
      await expect(
        clients.authenticate(clientId, now.clientSecret, undefined),
      ).resolves.toMatchObject({ clientId });
      await expect(
        clients.authenticate(clientId, first.clientSecret, undefined),
      ).rejects.toMatchObject(REFUSED);
    });

    it('answers NOT_FOUND for a client of another tenant', async () => {
      const hanoi = await register({ name: 'Hà Nội', scopes: ['public:read'] });
      await expect(
        rotate({ clientId: hanoi.client.clientId }, asAdmin(HCMC_ADMIN, 'hcmc')),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await expect(
        revoke(hanoi.client.clientId, asAdmin(HCMC_ADMIN, 'hcmc')),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      expect((await list(asAdmin(HCMC_ADMIN, 'hcmc'))).clients).toEqual([]);
    });
  });

  describe('identity.client.revoke.v1', () => {
    it('refuses both secrets of a revoked client, keeps it listed as inactive and cannot rotate it', async () => {
      const first = await register({ name: 'Đã thu hồi', scopes: ['dossier:read'] });
      const { clientId } = first.client;
      const rotated = await rotate({ clientId, graceSeconds: 3600 });

      const revoked = await revoke(clientId);

      expect(revoked).toMatchObject({ clientId, active: false, previousSecretValidUntil: null });
      for (const secret of [first.clientSecret, rotated.clientSecret]) {
        await expect(clients.authenticate(clientId, secret, undefined)).rejects.toMatchObject(
          REFUSED,
        );
      }
      expect((await list()).clients.find((c) => c.clientId === clientId)).toMatchObject({
        active: false,
      });
      await expect(rotate({ clientId })).rejects.toMatchObject({ code: ErrorCode.Conflict });
      await expect(revoke(clientId)).resolves.toMatchObject({ active: false });
    });
  });
});
