import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DossierStatus } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { DossierStatusEnum } from './dossier.enums';
import { ResultReturnModel } from './result-return.model';

@ObjectType('DossierTrackingStep')
export class DossierTrackingStepModel {
  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => DossierStatusEnum)
  status!: DossierStatus;
}

/** What anyone holding the dossier code and the applicant's phone may see: no personal data. */
@ObjectType('DossierTracking')
export class DossierTrackingModel {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The procedure, by its name as it stood at receipt.' })
  procedureName!: string;

  @Field(() => DossierStatusEnum)
  status!: DossierStatus;

  @Field(() => Int)
  nationalStatusCode!: number;

  @Field(() => DateTimeScalar)
  dueAt!: string;

  @Field(() => [DossierTrackingStepModel])
  steps!: DossierTrackingStepModel[];

  @Field(() => ResultReturnModel, { description: 'Where to collect the result, or how it comes.' })
  resultReturn!: ResultReturnModel;
}
