import { GraphQLError, Kind } from 'graphql';
import { DateScalar } from './date.scalar';

describe('DateScalar', () => {
  it('keeps a calendar day as it is', () => {
    expect(DateScalar.parseValue('2026-03-02')).toBe('2026-03-02');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29' })).toBe('2024-02-29');
    expect(DateScalar.serialize('2026-12-31')).toBe('2026-12-31');
  });

  it('refuses days that do not exist, instants and other shapes', () => {
    for (const value of [
      '2026-02-29',
      '2026-13-01',
      '2026-03-02T00:00:00Z',
      '02/03/2026',
      20260302,
    ])
      expect(() => DateScalar.parseValue(value)).toThrow(GraphQLError);
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(GraphQLError);
  });
});
