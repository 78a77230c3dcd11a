import { DomainError, type Actor } from '@motcua/contracts';
import { authorizeUploadTo, authorizeUploader } from './attachment-access';

const staff = (tenant: string, roles: string[], branchIds: string[] = []): Actor => ({
  kind: 'STAFF',
  branchIds,
  agencyCodes: [],
  scopes: [],
  subject: 'demo',
  tenant,
  roles,
});
const dossier = {
  code: '000.A0.01.H26-260109-0001',
  receivingBranchId: 'hn-ba-dinh',
  returnBranchId: 'hn-hoan-kiem',
};

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
}

describe(authorizeUploader.name, () => {
  it('lets receivers and supervisors of the tenant upload', () => {
    expect(authorizeUploader('hanoi', staff('hanoi', ['RECEIVER'])).subject).toBe('demo');
    expect(authorizeUploader('hanoi', staff('hanoi', ['SUPERVISOR'])).subject).toBe('demo');
  });

  it('refuses when the caller is a handler, an auditor, of another tenant or not signed in', () => {
    expect(codeOf(() => authorizeUploader('hanoi', staff('hanoi', ['HANDLER'])))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeUploader('hanoi', staff('hanoi', ['AUDITOR'])))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeUploader('hanoi', staff('hcmc', ['RECEIVER'])))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeUploader('hanoi', undefined))).toBe('UNAUTHENTICATED');
  });
});

describe(authorizeUploadTo.name, () => {
  it('lets a receiver of the receiving or the return branch, and any supervisor, upload', () => {
    expect(
      codeOf(() => authorizeUploadTo(staff('hanoi', ['RECEIVER'], ['hn-ba-dinh']), dossier)),
    ).toBeUndefined();
    expect(
      codeOf(() => authorizeUploadTo(staff('hanoi', ['RECEIVER'], ['hn-hoan-kiem']), dossier)),
    ).toBeUndefined();
    expect(
      codeOf(() => authorizeUploadTo(staff('hanoi', ['SUPERVISOR']), dossier)),
    ).toBeUndefined();
  });

  it('refuses a receiver of another branch', () => {
    expect(
      codeOf(() => authorizeUploadTo(staff('hanoi', ['RECEIVER'], ['hn-me-linh']), dossier)),
    ).toBe('FORBIDDEN');
  });
});
