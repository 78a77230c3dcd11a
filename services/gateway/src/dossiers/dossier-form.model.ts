import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DossierFormKind } from '@motcua/contracts';

/** GraphQL names of the form numbers (a name cannot start with a digit); values are the wire kinds. */
export const DossierFormKindEnum = {
  FORM_01: '01',
  FORM_02: '02',
  FORM_03: '03',
  FORM_04: '04',
  FORM_05: '05',
  FORM_06: '06',
} as const satisfies Record<string, DossierFormKind>;

registerEnumType(DossierFormKindEnum, {
  name: 'DossierFormKind',
  description:
    'Printable forms: 01 receipt slip, 02 supplement request, 03 refusal, 04 apology and new date, 05 stop notice (since 2025-07-01), 06 process control sheet.',
});

/** One printable form of a dossier, as an A5 PDF. */
@ObjectType('DossierForm')
export class DossierFormModel {
  @Field(() => DossierFormKindEnum)
  kind!: DossierFormKind;

  @Field(() => String, { description: 'Suggested file name, e.g. <code>-mau-01.pdf.' })
  fileName!: string;

  @Field(() => String, { description: 'Always application/pdf.' })
  contentType!: string;

  @Field(() => String, { description: 'The PDF, base64-encoded.' })
  base64!: string;
}
