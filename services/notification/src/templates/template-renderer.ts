/** Values a template may use; every `{name}` in it must have one. */
export type TemplateVariables = Readonly<Record<string, string>>;

export class TemplateVariableMissingError extends Error {
  constructor(
    readonly missing: string[],
    template: string,
  ) {
    super(
      `template variable(s) ${missing.map((m) => `{${m}}`).join(', ')} missing for "${template.slice(0, 60)}"`,
    );
    this.name = 'TemplateVariableMissingError';
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills `{name}` placeholders. Fails loudly when a variable is missing, so a template change
 * that needs new data cannot send "{dueAt}" to a citizen.
 */
export function renderTemplate(template: string, variables: TemplateVariables): string {
  const missing = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].filter(
    (name) => !Object.hasOwn(variables, name),
  );
  if (missing.length) throw new TemplateVariableMissingError(missing, template);
  return template.replace(PLACEHOLDER, (_m, name: string) => variables[name]);
}
