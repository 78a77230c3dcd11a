import { ErrorCode } from '@motcua/contracts';
import { grantedScopes } from './api-clients.service';

describe(grantedScopes.name, () => {
  const held = ['dossier:read', 'public:read'] as const;

  it('grants every scope of the client when none or only spaces are asked for', () => {
    expect(grantedScopes(held, undefined)).toEqual(['dossier:read', 'public:read']);
    expect(grantedScopes(held, '  ')).toEqual(['dossier:read', 'public:read']);
  });

  it('grants a subset, in the order the client holds them, once each', () => {
    expect(grantedScopes(held, 'public:read  dossier:read public:read')).toEqual([
      'dossier:read',
      'public:read',
    ]);
    expect(grantedScopes(held, 'public:read')).toEqual(['public:read']);
  });

  it('refuses INVALID_GRANT when a scope asked for is not the client’s or not a scope at all', () => {
    for (const scope of ['dossier:submit', 'dossier:read dossier:submit', 'admin']) {
      let thrown: unknown;
      try {
        grantedScopes(held, scope);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toMatchObject({ code: ErrorCode.Forbidden, message: 'scope not granted' });
    }
  });
});
