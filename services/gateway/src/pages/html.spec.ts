import { escapeHtml, html, SafeHtml } from './html';

describe('html', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
  });

  it('escapes interpolated strings and numbers, keeps nested html, drops null and undefined', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(
      html`<p title="${'"x"'}">${inner}${1}${null}${undefined}${['<', html`<br />`]}</p>`.value,
    ).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>1&lt;<br /></p>');
  });

  it('never trusts a string that merely looks like markup', () => {
    const result = html`${'<script>alert(1)</script>'}`;
    expect(result).toBeInstanceOf(SafeHtml);
    expect(result.value).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
