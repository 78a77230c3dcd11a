import { checkCompleteness, type ListedComponent } from './completeness';

const FORM: ListedComponent = {
  name: 'Tờ khai (theo mẫu)',
  copies: 1,
  required: true,
  digitizable: true,
};
const BIRTH: ListedComponent = {
  name: 'Giấy chứng sinh',
  copies: 1,
  required: true,
  digitizable: true,
};
const PROXY: ListedComponent = {
  name: 'Văn bản ủy quyền',
  copies: 1,
  required: false,
  digitizable: true,
};

describe('checkCompleteness', () => {
  it('is complete when every required component is handed in, optional ones may be left out', () => {
    const check = checkCompleteness(
      [FORM, BIRTH, PROXY],
      ['Tờ khai (theo mẫu)', 'Giấy chứng sinh'],
    );
    expect(check.missing).toEqual([]);
    expect(check.unknown).toEqual([]);
    expect(check.components.map((c) => [c.name, c.handedIn])).toEqual([
      ['Tờ khai (theo mẫu)', true],
      ['Giấy chứng sinh', true],
      ['Văn bản ủy quyền', false],
    ]);
  });

  it('lists each required component not handed in', () => {
    expect(checkCompleteness([FORM, BIRTH, PROXY], ['Văn bản ủy quyền']).missing).toEqual([
      'Tờ khai (theo mẫu)',
      'Giấy chứng sinh',
    ]);
  });

  it('matches names whatever the case, spacing or Unicode composition', () => {
    const decomposed = '  tờ khai   (THEO mẫu) '.normalize('NFD');
    expect(checkCompleteness([FORM], [decomposed]).missing).toEqual([]);
  });

  it('reports names the procedure does not list', () => {
    expect(checkCompleteness([FORM], ['Tờ khai (theo mẫu)', 'Sổ hộ khẩu']).unknown).toEqual([
      'Sổ hộ khẩu',
    ]);
  });

  it('accepts any dossier when the procedure version lists no components', () => {
    expect(checkCompleteness([], ['Bất kỳ'])).toEqual({ components: [], missing: [], unknown: [] });
  });
});
