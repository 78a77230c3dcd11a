import { Kind, visit, type DocumentNode } from 'graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';

/**
 * Characters no one types into a form: C0/C1 controls but tab and line breaks (a NUL breaks
 * PostgreSQL text, CR LF splits headers and log lines) and the bidirectional overrides that
 * disguise a text's reading order ("invoice\u202Efdp.exe").
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Half a UTF-16 pair: JSON may carry one (`"\ud800"`), but it is no text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnsafeText = (text: string): boolean =>
  UNSAFE.test(text) || LONE_SURROGATE.test(text);

/** Where in the request (`$input.applicant.fullName`, or a literal) unsafe text first appears. */
export function findUnsafeText(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  let found: string | undefined;
  visit(document, {
    [Kind.STRING](node) {
      if (found === undefined && isUnsafeText(node.value)) {
        found = `a string at line ${node.loc?.startToken.line ?? '?'}`;
      }
    },
  });
  return found ?? findInValue(variables ?? {}, '$');
}

function findInValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isUnsafeText(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findInValue(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findInValue(item, path === '$' ? `$${key}` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Mercurius `preExecution` hook: refuses the request before any resolver sees the text. */
export function rejectUnsafeText(
  _schema: unknown,
  document: DocumentNode,
  _context: unknown,
  variables: Record<string, unknown> | undefined,
): void {
  const where = findUnsafeText(document, variables);
  if (where) {
    throw new DomainError(
      ErrorCode.ValidationFailed,
      `${where} holds a control or text-direction character; remove it and send again`,
    );
  }
}
