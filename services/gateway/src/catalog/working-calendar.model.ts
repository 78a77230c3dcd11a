import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfficePeriodModel } from './office-period.model';
import { DurationModel } from './procedure.model';

/** A shorter processing time for some procedures received at some units on some days. */
@ObjectType('FastTrack')
export class FastTrackModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Receiving units; empty for every unit of the tenant.' })
  unitCodes!: string[];

  @Field(() => [String], { description: 'National procedure codes, at least one.' })
  procedureCodes!: string[];

  @Field(() => [Int], {
    description:
      'ISO weekdays of receipt (1 = Monday), Vietnam time; with `dates` also empty, every day.',
  })
  weekdays!: number[];

  @Field(() => [String], { description: 'Days of receipt, YYYY-MM-DD.' })
  dates!: string[];

  @Field(() => DurationModel, { description: 'Processing time on the track.' })
  duration!: DurationModel;
}

/** A tenant's office hours and days off: what deadlines are counted in. */
@ObjectType('WorkingCalendar')
export class WorkingCalendarModel {
  @Field(() => [OfficePeriodModel], { description: 'Office periods of a working day.' })
  officeHours!: OfficePeriodModel[];

  @Field(() => [Int], {
    description: 'ISO weekdays that are normally off (6 = Saturday, 7 = Sunday).',
  })
  weekendDays!: number[];

  @Field(() => [String], {
    description:
      'Public holidays and compensatory days off, YYYY-MM-DD, ascending, up to two years ahead; years the tenant has not stored are generated from the Labour Code.',
  })
  holidays!: string[];

  @Field(() => [String], {
    description: 'Weekend days declared working days (make-up Saturdays), YYYY-MM-DD.',
  })
  workingDays!: string[];

  @Field(() => [FastTrackModel])
  fastTracks!: FastTrackModel[];
}
