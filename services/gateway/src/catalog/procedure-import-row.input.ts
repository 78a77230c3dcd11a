import { Field, InputType, Int } from '@nestjs/graphql';
import type { ProcedureStatus } from '@motcua/contracts';
import { ProcedureStatusEnum } from './catalog.enums';
import { ProcedureDefinitionInput } from './procedure-definition.input';

/** One row of an import: a definition with its version, status and first day in force. */
@InputType('ProcedureImportRowInput')
export class ProcedureImportRowInput extends ProcedureDefinitionInput {
  @Field(() => Int)
  version!: number;

  @Field(() => ProcedureStatusEnum, { nullable: true, description: 'PUBLISHED when absent.' })
  status?: ProcedureStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day in force, YYYY-MM-DD; required for PUBLISHED rows.',
  })
  validFrom?: string | null;
}
