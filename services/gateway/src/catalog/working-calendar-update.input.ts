import { Field, InputType, Int } from '@nestjs/graphql';
import { DurationInput } from './procedure-definition.input';

// Mirrors the request of catalog.calendar.update.v1; the catalog validates with it.

@InputType('OfficePeriodInput')
export class OfficePeriodInput {
  @Field(() => String, { description: 'HH:MM, Vietnam local time.' })
  start!: string;

  @Field(() => String, { description: 'HH:MM, Vietnam local time, after `start`.' })
  end!: string;
}

/** The days off and make-up working days of one year, as the Government announces them. */
@InputType('CalendarYearInput')
export class CalendarYearInput {
  @Field(() => Int, { description: '2000..2199.' })
  year!: number;

  @Field(() => [String], { description: 'Days off of `year`, YYYY-MM-DD.' })
  holidays!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Make-up working days of `year`, YYYY-MM-DD; none when absent.',
  })
  workingDays?: string[] | null;
}

@InputType('FastTrackInput')
export class FastTrackInput {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Receiving units; empty for every unit of the tenant.' })
  unitCodes!: string[];

  @Field(() => [String], { description: 'National procedure codes, at least one.' })
  procedureCodes!: string[];

  @Field(() => [Int], {
    nullable: true,
    description: 'ISO weekdays of receipt (1 = Monday); every day when absent and `dates` too.',
  })
  weekdays?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Days of receipt, YYYY-MM-DD.' })
  dates?: string[] | null;

  @Field(() => DurationInput)
  duration!: DurationInput;
}

/** The parts of the calendar to replace; parts left out stay as they are. */
@InputType('WorkingCalendarUpdateInput')
export class WorkingCalendarUpdateInput {
  @Field(() => [OfficePeriodInput], { nullable: true, description: 'At least one period.' })
  officeHours?: OfficePeriodInput[] | null;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays normally off, 1..7.' })
  weekendDays?: number[] | null;

  @Field(() => [CalendarYearInput], {
    nullable: true,
    description: "Each year given replaces that year's stored days; other years stay.",
  })
  years?: CalendarYearInput[] | null;

  @Field(() => [FastTrackInput], { nullable: true, description: 'Replaces every fast track.' })
  fastTracks?: FastTrackInput[] | null;
}
