import type { DossierComponent } from '@motcua/contracts';

/** A component as the procedure version lists it. */
export interface ListedComponent {
  name: string;
  copies: number;
  required: boolean;
  digitizable: boolean;
}

export interface CompletenessCheck {
  /** Every listed component, marked handed in or not. */
  components: DossierComponent[];
  /** Required components not handed in: the dossier cannot be received. */
  missing: string[];
  /** Declared names the procedure version does not list. */
  unknown: string[];
}

/** Names compare after Unicode normalisation and whitespace folding (typed vs. pasted text). */
function key(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The completeness check at receipt (DOMAIN §4): what the applicant handed in against the
 * components of the procedure version. A version that lists no components accepts any dossier.
 */
export function checkCompleteness(
  listed: readonly ListedComponent[],
  declared: readonly string[],
): CompletenessCheck {
  const handedIn = new Set(declared.map(key));
  const known = new Set(listed.map((c) => key(c.name)));
  const components = listed.map((c) => ({
    name: c.name,
    copies: c.copies,
    required: c.required,
    digitizable: c.digitizable,
    handedIn: handedIn.has(key(c.name)),
  }));
  return {
    components,
    missing: components.filter((c) => c.required && !c.handedIn).map((c) => c.name),
    unknown: listed.length === 0 ? [] : declared.filter((name) => !known.has(key(name))),
  };
}
