import { parse } from 'graphql';
import { findUnsafeText, isUnsafeText } from './unsafe-text';

describe('unsafe text', () => {
  it.each([
    ['Nguyễn Văn An', false],
    ['dòng 1\ndòng 2\r\n\tthụt lề', false],
    ['emoji 😀 ok', false],
    ['abc\u0000def', true],
    ['abc\u001bdef', true],
    ['abc\u0085def', true],
    ['hoa-don\u202Efdp.exe', true],
    ['\ud800', true],
    ['x\udc00', true],
  ])('%j unsafe: %s', (text, unsafe) => {
    expect(isUnsafeText(text)).toBe(unsafe);
  });

  it('finds it in a literal or a nested variable, and names where', () => {
    const clean = parse('{ tenants(asOf: "2026-01-01") { id } }');
    expect(findUnsafeText(clean, { input: { a: ['ok', { b: 'ok' }] } })).toBeUndefined();
    expect(findUnsafeText(parse('{ tenants(asOf: "2026\\u0000") { id } }'), {})).toBe(
      'a string at line 1',
    );
    expect(findUnsafeText(clean, { input: { list: ['ok', { note: 'a\u0000' }] } })).toBe(
      '$input.list[1].note',
    );
  });
});
