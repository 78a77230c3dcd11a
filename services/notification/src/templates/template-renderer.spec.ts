import { renderTemplate, TemplateVariableMissingError } from './template-renderer';

describe(renderTemplate.name, () => {
  it('fills every placeholder when all variables are given', () => {
    expect(
      renderTemplate('Hồ sơ {code} hẹn trả {dueAt}; mã {code}.', {
        code: 'X-1',
        dueAt: '06/01/2026 10:00',
      }),
    ).toBe('Hồ sơ X-1 hẹn trả 06/01/2026 10:00; mã X-1.');
  });

  it('ignores variables the template does not use', () => {
    expect(
      renderTemplate('Xin chào {fullName}', { fullName: 'Nguyễn Văn A', code: 'unused' }),
    ).toBe('Xin chào Nguyễn Văn A');
  });

  it('keeps an empty value when the variable is present but empty', () => {
    expect(renderTemplate('[{note}]', { note: '' })).toBe('[]');
  });

  it('throws naming every missing variable when some are absent', () => {
    const render = () => renderTemplate('{code} {agencyName} {dueAt}', { code: 'X' });
    expect(render).toThrow(TemplateVariableMissingError);
    expect(render).toThrow('{agencyName}, {dueAt}');
  });

  it('does not treat inherited object properties as variables', () => {
    expect(() => renderTemplate('{toString}', {})).toThrow(TemplateVariableMissingError);
  });
});
