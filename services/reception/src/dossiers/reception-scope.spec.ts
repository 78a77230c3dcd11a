import type { Branch, Procedure } from '@motcua/contracts';
import { checkReceptionScope } from './reception-scope';

const procedure = (boundaryFreeScope: Procedure['boundaryFreeScope']): Procedure => ({
  code: '1.001193',
  tenant: 'hanoi',
  version: 1,
  name: 'Đăng ký khai sinh',
  fieldCode: 'G09-TP01',
  fieldName: 'Hộ tịch',
  status: 'PUBLISHED',
  level: 'COMMUNE',
  levels: [{ level: 'COMMUNE', competentAgencyKind: 'COMMUNE_COMMITTEE' }],
  duration: { value: 1, unit: 'WORKING_DAYS' },
  durationDays: 1,
  onlineDuration: null,
  fees: [],
  components: [],
  resultType: 'Giấy khai sinh',
  onlineLevel: 'FULL',
  boundaryFreeScope,
  legalBasis: [],
  interAgencySteps: [],
  jurisdictionBasis: 'RESIDENCE',
  requiredAssuranceLevel: 1,
  validFrom: '2025-07-01',
  validTo: null,
  publishedAt: null,
});
const branch: Branch = {
  id: 'hn-ba-dinh',
  tenant: 'hanoi',
  name: 'Ba Đình',
  unitCode: '00004',
  agencyCode: '000.A0.01.H26',
  region: null,
  address: '',
  lat: 21,
  lng: 105,
};

describe(checkReceptionScope.name, () => {
  it('allows a boundary-free receipt when the scope is PROVINCE', () => {
    expect(checkReceptionScope(procedure('PROVINCE'), branch, '00070')).toEqual({
      allowed: true,
      boundaryFree: true,
    });
  });

  it('allows any branch when the scope is NATION', () => {
    expect(checkReceptionScope(procedure('NATION'), branch, '99999')).toEqual({
      allowed: true,
      boundaryFree: true,
    });
  });

  it('allows scope NONE at the competent unit itself', () => {
    expect(checkReceptionScope(procedure('NONE'), branch, '00004')).toEqual({
      allowed: true,
      boundaryFree: false,
    });
  });

  it('refuses scope NONE when the branch is in another unit', () => {
    const check = checkReceptionScope(procedure('NONE'), branch, '00070');
    expect(check.allowed).toBe(false);
  });
});
