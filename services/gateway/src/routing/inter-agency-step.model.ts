import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ChainStepStatus, type ChainStep } from '@motcua/contracts';
import { DurationModel } from '../catalog/procedure.model';
import { AgencyRefModel } from '../dossiers/dossier.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { registerValuesEnum } from '../graphql/register-enum';

export const InterAgencyStepStatusEnum = registerValuesEnum(
  ChainStepStatus,
  'InterAgencyStepStatus',
  'PENDING until the agency before hands over; ACTIVE while its agency holds the dossier; DONE; CANCELLED when the processing ended first (withdrawn, stopped).',
);

/** One step of a dossier's inter-agency chain (land → tax → land registry), as routing tracks it. */
@ObjectType('InterAgencyStep')
export class InterAgencyStepModel {
  @Field(() => Int, { description: '1-based position in the chain.' })
  index!: number;

  @Field(() => String)
  title!: string;

  @Field(() => AgencyRefModel, { description: 'The agency holding the dossier during the step.' })
  agency!: AgencyRefModel;

  @Field(() => DurationModel, { description: 'The time the step has.' })
  duration!: DurationModel;

  @Field(() => InterAgencyStepStatusEnum)
  status!: ChainStepStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while pending.' })
  startedAt!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "The step's deadline in working time from its start (later by the time the applicant was waited for); null while pending.",
  })
  dueAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who handed over, or who marked the result ready on the last step.',
  })
  finishedBy!: string | null;

  @Field(() => Boolean, { description: 'Active past its due time, or finished after it.' })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'The hand-over note.' })
  note!: string | null;
}

export function toInterAgencyStepModel(step: ChainStep): InterAgencyStepModel {
  return {
    index: step.index,
    title: step.title,
    agency: { code: step.agencyCode, name: step.agencyName },
    duration: { ...step.duration },
    status: step.status,
    startedAt: step.startedAt,
    dueAt: step.dueAt,
    finishedAt: step.finishedAt,
    finishedBy: step.finishedBy,
    overdue: step.overdue,
    note: step.note,
  };
}
