/** One problem found in a template text, with where it is (`subject` or `body`). */
export interface TemplateIssue {
  path: string;
  message: string;
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Checks a template text before it is saved: every `{` opens a placeholder closed by `}` around
 * a variable name, no stray `}`, and every variable is one the event offers. Returns every issue,
 * so an administrator fixes them all at once; renderTemplate can then never fail on the text.
 */
export function checkTemplateText(
  text: string,
  allowed: readonly string[],
  path: string,
): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const unknown = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '}') {
      issues.push({ path, message: `unmatched "}" at position ${i + 1}` });
      i += 1;
    } else if (ch === '{') {
      const close = text.indexOf('}', i + 1);
      const nextOpen = text.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        issues.push({ path, message: `unclosed "{" at position ${i + 1}` });
        i += 1;
        continue;
      }
      const name = text.slice(i + 1, close);
      if (!NAME.test(name))
        issues.push({
          path,
          message: `"{${name}}" at position ${i + 1} is not a variable name (letters and digits, starting with a letter)`,
        });
      else if (!allowed.includes(name)) unknown.add(name);
      i = close + 1;
    } else i += 1;
  }
  for (const name of unknown)
    issues.push({
      path,
      message: `unknown variable {${name}}; this event offers ${allowed.map((a) => `{${a}}`).join(', ')}`,
    });
  return issues;
}
