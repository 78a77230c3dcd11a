import { DomainError, type Actor } from '@motcua/contracts';
import { authorizeStaff, authorizeUploader } from './attachment-access';

const staff = (tenant: string, roles: string[]): Actor => ({
  kind: 'STAFF',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'demo',
  tenant,
  roles,
});

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
}

describe('attachment access', () => {
  it('lets receivers and supervisors of the tenant upload', () => {
    expect(authorizeUploader('hanoi', staff('hanoi', ['RECEIVER'])).subject).toBe('demo');
    expect(authorizeUploader('hanoi', staff('hanoi', ['SUPERVISOR'])).subject).toBe('demo');
  });

  it('refuses when the caller is a handler, of another tenant or not signed in', () => {
    expect(codeOf(() => authorizeUploader('hanoi', staff('hanoi', ['HANDLER'])))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeStaff('hanoi', staff('hcmc', ['RECEIVER'])))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeStaff('hanoi', undefined))).toBe('UNAUTHENTICATED');
  });
});
