import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { ProcedureLevel } from '@motcua/contracts';
import { ProcedureLevelEnum } from './catalog.enums';

@ArgsType()
export class ProceduresArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the procedure name, field name or code, with or without diacritics.',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only procedures of this field.' })
  fieldCode?: string | null;

  @Field(() => ProcedureLevelEnum, {
    nullable: true,
    description: 'Only procedures of this level.',
  })
  level?: ProcedureLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The versions in force on this day, YYYY-MM-DD (Vietnam time); today when absent.',
  })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1..100.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the edge after which the page starts.',
  })
  after?: string | null;
}
