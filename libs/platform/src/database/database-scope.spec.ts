import { requestContext } from '../context/request-context';
import { asSystem, databaseScope } from './database-scope';

const inRequestOf = <T>(tenant: string | undefined, fn: () => T): T =>
  requestContext.run({ tenant }, fn);

describe(databaseScope.name, () => {
  it('is the tenant of the request or event being handled', () => {
    expect(inRequestOf('hanoi', () => databaseScope())).toEqual({
      kind: 'tenant',
      tenant: 'hanoi',
    });
  });

  it('is a tenant scope without tenant for a handler that has none, never system', () => {
    expect(inRequestOf(undefined, () => databaseScope())).toEqual({ kind: 'tenant', tenant: null });
  });

  it('is system outside any request (boot, migrations, background loops)', () => {
    expect(databaseScope()).toEqual({ kind: 'system' });
  });
});

describe(asSystem.name, () => {
  it('makes work inside a request system work, keeping its dossier, and ends with it', async () => {
    await requestContext.run({ tenant: 'hanoi', dossierCode: 'X' }, async () => {
      const inside = await asSystem(async () => {
        await Promise.resolve();
        return { scope: databaseScope(), ctx: requestContext.current() };
      });
      expect(inside.scope).toEqual({ kind: 'system' });
      expect(inside.ctx).toMatchObject({ dossierCode: 'X', system: true });
      expect(inside.ctx?.tenant).toBeUndefined();
      expect(databaseScope()).toEqual({ kind: 'tenant', tenant: 'hanoi' });
    });
  });

  it('yields to a request started inside it', () => {
    expect(asSystem(() => inRequestOf('hcmc', () => databaseScope()))).toEqual({
      kind: 'tenant',
      tenant: 'hcmc',
    });
  });
});
