import { checkPersonalId, maskPersonalId } from './personal-id';

describe(checkPersonalId.name, () => {
  it('accepts a 12-digit ID with a known province prefix', () => {
    expect(checkPersonalId('001190012345')).toEqual({ valid: true, kind: 'CCCD' });
    expect(checkPersonalId('079301000001')).toEqual({ valid: true, kind: 'CCCD' });
  });

  it('accepts a legacy 9-digit identity card number', () => {
    expect(checkPersonalId('012345678')).toEqual({ valid: true, kind: 'LEGACY_CMND' });
  });

  it('refuses an unknown province prefix', () => {
    expect(checkPersonalId('003190012345')).toMatchObject({ valid: false });
  });

  it.each(['', '12345', '0011900123456', '00119001234a'])('refuses %p', (id) => {
    expect(checkPersonalId(id).valid).toBe(false);
  });
});

describe(maskPersonalId.name, () => {
  it('keeps only the last three digits', () => {
    expect(maskPersonalId('001190012345')).toBe('*********345');
  });
});
