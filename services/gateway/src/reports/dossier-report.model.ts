import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ReportDimension } from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';
import { DateScalar } from '../queue-tickets/date.scalar';

export const ReportDimensionEnum = registerValuesEnum<ReportDimension>(
  {
    Tenant: 'TENANT',
    Branch: 'BRANCH',
    Agency: 'AGENCY',
    Procedure: 'PROCEDURE',
    Field: 'FIELD',
    Month: 'MONTH',
    Day: 'DAY',
  },
  'ReportDimension',
  'What report rows are grouped by; MONTH and DAY are Vietnam periods (not both).',
);

@InputType('DossierReportInput')
export class DossierReportInput {
  @Field(() => DateScalar, { description: 'First day, included (Vietnam time).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day, included; at most 366 days in all.' })
  to!: string;

  @Field(() => [ReportDimensionEnum], { nullable: true })
  groupBy?: ReportDimension[] | null;

  @Field(() => String, { nullable: true })
  branchId?: string | null;

  @Field(() => String, { nullable: true })
  agencyCode?: string | null;

  @Field(() => String, { nullable: true })
  procedureCode?: string | null;

  @Field(() => String, { nullable: true })
  fieldCode?: string | null;
}

/** One row of the report: the buckets of DOMAIN §5 and the rates (docs/reports.md). */
@ObjectType('DossierReportRow')
export class DossierReportRowModel {
  @Field(() => String, { nullable: true }) tenant!: string | null;
  @Field(() => String, { nullable: true }) branchId!: string | null;
  @Field(() => String, { nullable: true, description: 'Null also for dossiers not yet routed.' })
  agencyCode!: string | null;
  @Field(() => String, { nullable: true }) procedureCode!: string | null;
  @Field(() => String, { nullable: true }) fieldCode!: string | null;
  @Field(() => String, { nullable: true, description: 'yyyy-MM or yyyy-MM-dd.' })
  period!: string | null;
  @Field(() => Int, { description: 'Open at the start of the period.' }) carriedOver!: number;
  @Field(() => Int) receivedOnline!: number;
  @Field(() => Int) receivedCounter!: number;
  @Field(() => Int) receivedPostal!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int) finishedEarly!: number;
  @Field(() => Int) finishedOnTime!: number;
  @Field(() => Int) finishedLate!: number;
  @Field(() => Int, { description: 'Refused, withdrawn or stopped.' })
  closedWithoutResult!: number;
  @Field(() => Int, { description: 'Open at the end, deadline ahead.' })
  inProgressWithinTime!: number;
  @Field(() => Int, { description: 'Open at the end, deadline passed.' })
  inProgressOverdue!: number;
  @Field(() => Int, { description: 'Open at the end with the clock paused.' }) paused!: number;
  @Field(() => Float, { nullable: true }) averageProcessingMinutes!: number | null;
  @Field(() => Int) rated!: number;
  @Field(() => Int, { description: 'Rated 4 or 5.' }) satisfied!: number;
  @Field(() => Int) digitized!: number;
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true }) satisfactionRate!: number | null;
  @Field(() => Float, { nullable: true }) digitizationRate!: number | null;
  @Field(() => Float, { nullable: true }) onlineRate!: number | null;
}

@ObjectType('DossierReport')
export class DossierReportModel {
  @Field(() => [DossierReportRowModel]) rows!: DossierReportRowModel[];
  @Field(() => DossierReportRowModel, {
    description: 'The whole range: carried over at its start, open ones at its end.',
  })
  totals!: DossierReportRowModel;
}
