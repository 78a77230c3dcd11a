import { DomainError, ErrorCode } from '@motcua/contracts';
import { readCitizenClaims } from './citizen-claims';

const DEFAULT_NAMES = { personalId: 'personal_id', name: 'name', assurance: 'acr' };

describe(readCitizenClaims.name, () => {
  it('reads the personal ID, name and assurance level from the default claims', () => {
    const claims = { personal_id: '001190012345', name: ' Trần Thị B ', acr: 'urn:vneid:loa:2' };

    expect(readCitizenClaims(claims, DEFAULT_NAMES)).toEqual({
      personalId: '001190012345',
      displayName: 'Trần Thị B',
      assurance: 2,
    });
  });

  it('reads the claims the issuer config names', () => {
    const names = { personalId: 'citizen_id', name: 'full_name', assurance: 'loa' };
    const claims = { citizen_id: '123456789', full_name: 'Lê Văn C', loa: 1 };

    expect(readCitizenClaims(claims, names)).toEqual({
      personalId: '123456789',
      displayName: 'Lê Văn C',
      assurance: 1,
    });
  });

  it('shows the masked personal ID as the name and counts level 1 when those claims are missing', () => {
    expect(readCitizenClaims({ personal_id: '001190012345' }, DEFAULT_NAMES)).toEqual({
      personalId: '001190012345',
      displayName: '*********345',
      assurance: 1,
    });
  });

  it.each([
    ['missing', {}, /carries no personal ID \(claim personal_id\)/],
    ['blank', { personal_id: '  ' }, /carries no personal ID/],
    ['not digits', { personal_id: '00119001234X' }, /personal ID is invalid: must be 12 digits/],
    ['of an unknown province', { personal_id: '003190012345' }, /unknown province code 003/],
    ['a number', { personal_id: 1190012345 }, /carries no personal ID/],
  ])('refuses a personal ID that is %s as UNAUTHENTICATED', (_case, claims, message) => {
    const error = thrownBy(() => readCitizenClaims(claims, DEFAULT_NAMES));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: ErrorCode.Unauthenticated,
      message: expect.stringMatching(message),
    });
  });
});

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}
