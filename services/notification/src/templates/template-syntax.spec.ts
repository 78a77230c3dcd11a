import { renderTemplate } from './template-renderer';
import { checkTemplateText } from './template-syntax';

const allowed = ['code', 'dueAt'];

describe(checkTemplateText.name, () => {
  it('accepts a text using only offered variables', () => {
    expect(checkTemplateText('Hồ sơ {code}, hẹn {dueAt}; mã {code}.', allowed, 'body')).toEqual([]);
  });

  it('accepts a text without placeholders', () => {
    expect(checkTemplateText('Xin cảm ơn.', allowed, 'body')).toEqual([]);
  });

  it('names each unknown variable once when the text uses some', () => {
    const issues = checkTemplateText('{code} {agencyName} {fee} {fee}', allowed, 'body');
    expect(issues.map((i) => i.message)).toEqual([
      'unknown variable {agencyName}; this event offers {code}, {dueAt}',
      'unknown variable {fee}; this event offers {code}, {dueAt}',
    ]);
    expect(issues.every((i) => i.path === 'body')).toBe(true);
  });

  it('reports an unclosed brace when a placeholder never ends', () => {
    expect(checkTemplateText('Hồ sơ {code', allowed, 'subject')).toEqual([
      { path: 'subject', message: 'unclosed "{" at position 7' },
    ]);
  });

  it('reports an unclosed brace when another opens before it closes', () => {
    expect(checkTemplateText('{co{code}', allowed, 'body').map((i) => i.message)).toEqual([
      'unclosed "{" at position 1',
    ]);
  });

  it('reports a stray closing brace', () => {
    expect(checkTemplateText('code} ok', allowed, 'body')).toEqual([
      { path: 'body', message: 'unmatched "}" at position 5' },
    ]);
  });

  it('refuses empty or malformed names when the braces hold no variable name', () => {
    const issues = checkTemplateText('{} { code } {1st}', allowed, 'body');
    expect(issues).toHaveLength(3);
    expect(issues[1].message).toContain('"{ code }" at position 4 is not a variable name');
  });

  it('lists every problem of a text at once', () => {
    expect(checkTemplateText('} {x} {code', allowed, 'body')).toHaveLength(3);
  });

  it('lets every text it accepts render with the offered variables', () => {
    const text = 'Mã {code} ({dueAt})';
    expect(checkTemplateText(text, allowed, 'body')).toEqual([]);
    expect(renderTemplate(text, { code: 'X', dueAt: 'Y' })).toBe('Mã X (Y)');
  });
});
