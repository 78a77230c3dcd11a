import type { Actor } from '@motcua/contracts';
import { isAddressedTo, type AlertAddress } from './alert-audience';

const staff = (roles: string[], more: Partial<Actor> = {}): Actor => ({
  kind: 'STAFF',
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  subject: 'someone',
  tenant: 'hanoi',
  roles,
  ...more,
});
const alert = (audience: AlertAddress['audience']): AlertAddress => ({
  audience,
  handlerSubject: 'demo.hanoi.handler',
  agencyCode: '000.00.01.H26',
  branchId: 'hn-ba-dinh',
});

describe(isAddressedTo.name, () => {
  it.each([
    [
      'the handler it names',
      'HANDLER',
      staff(['HANDLER'], { subject: 'demo.hanoi.handler' }),
      true,
    ],
    ['another handler', 'HANDLER', staff(['HANDLER'], { subject: 'other' }), false],
    [
      'the head of its agency',
      'AGENCY_HEAD',
      staff(['APPROVER'], { agencyCodes: ['000.00.01.H26'] }),
      true,
    ],
    [
      'a head of another agency',
      'AGENCY_HEAD',
      staff(['APPROVER'], { agencyCodes: ['000.00.02.H26'] }),
      false,
    ],
    [
      'a handler of the agency',
      'AGENCY_HEAD',
      staff(['HANDLER'], { agencyCodes: ['000.00.01.H26'] }),
      false,
    ],
    [
      'a receiver of the branch',
      'ONE_STOP',
      staff(['RECEIVER'], { branchIds: ['hn-ba-dinh'] }),
      true,
    ],
    [
      'a receiver of another branch',
      'ONE_STOP',
      staff(['RECEIVER'], { branchIds: ['hn-cau-giay'] }),
      false,
    ],
    ['a supervisor without a branch', 'ONE_STOP', staff(['SUPERVISOR']), true],
    ['a tenant administrator', 'HANDLER', staff(['TENANT_ADMIN']), true],
    [
      'any supervisor, for a held dossier',
      'SUPERVISOR',
      staff(['SUPERVISOR'], { branchIds: ['x'] }),
      true,
    ],
    [
      'a receiver, for a held dossier',
      'SUPERVISOR',
      staff(['RECEIVER'], { branchIds: ['hn-ba-dinh'] }),
      false,
    ],
  ] as const)('addresses %s: %s', (_who, audience, actor, expected) => {
    expect(isAddressedTo(alert(audience), actor)).toBe(expected);
  });
});
