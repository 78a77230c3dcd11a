import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportOutcomeEnum, type ImportOutcome } from './catalog.enums';

@ObjectType('ProcedureImportError')
export class ProcedureImportErrorModel {
  @Field(() => String, {
    description: 'Field of the row, e.g. duration.value; (row) for all of it.',
  })
  path!: string;

  @Field(() => String)
  message!: string;
}

/** What importing one row did. */
@ObjectType('ProcedureImportResult')
export class ProcedureImportResultModel {
  @Field(() => Int, { description: 'Position of the row in `rows`, from 1.' })
  line!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  @Field(() => ImportOutcomeEnum)
  outcome!: ImportOutcome;

  @Field(() => [ProcedureImportErrorModel], { description: 'Empty unless the row is INVALID.' })
  errors!: ProcedureImportErrorModel[];
}
