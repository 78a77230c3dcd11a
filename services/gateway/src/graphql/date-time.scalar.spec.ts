import { DateTimeScalar } from './date-time.scalar';

describe('DateTimeScalar', () => {
  it('serializes ISO strings with any offset and Dates as UTC ISO strings', () => {
    expect(DateTimeScalar.serialize('2026-03-02T08:30:00+07:00')).toBe('2026-03-02T01:30:00.000Z');
    expect(DateTimeScalar.serialize(new Date('2026-03-02T01:30:00Z'))).toBe(
      '2026-03-02T01:30:00.000Z',
    );
  });

  it('refuses values that are not date-times with an offset', () => {
    expect(() => DateTimeScalar.serialize('2026-03-02')).toThrow(/DateTime/);
    expect(() => DateTimeScalar.parseValue('2026-03-02T08:30:00')).toThrow(/DateTime/);
    expect(() => DateTimeScalar.parseValue(42)).toThrow(/DateTime/);
  });
});
