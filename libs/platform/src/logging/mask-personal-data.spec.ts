import { maskPersonalData } from './mask-personal-data';

describe(maskPersonalData.name, () => {
  it.each([
    ['refused 001190012345 at the counter', 'refused *********345 at the counter'],
    ['legacy id 123456789.', 'legacy id ******789.'],
    ['sms to 0912345678 failed', 'sms to 091*****78 failed'],
    ['sms to +84912345678', 'sms to +84*******78'],
    [
      '{"phone":"0912345678","personalId":"079090012345"}',
      '{"phone":"091*****78","personalId":"*********345"}',
    ],
  ])('masks %p', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    'received 000.A0.01.H26-260109-0001 (1.001193) at hn-ba-dinh',
    'attachment 0b7a6c1e-8f4e-4d6b-9a55-123456789012 stored (1048576 bytes)',
    'due 2026-01-14T03:00:00.000Z, sequence 1795325620078',
    'code 12345678901 and 1234567890123 are no personal IDs',
  ])('leaves %p as it is', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });
});
