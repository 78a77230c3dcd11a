import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AreaKind, Handler, HandlerAbsence } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { AreaKindEnum } from './routing.enums';

@ObjectType('HandlerAbsence')
export class HandlerAbsenceModel {
  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field(() => String, { description: 'Last day, inclusive.' })
  to!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String)
  recordedBy!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: string;
}

/** A handler of an agency with their load against the yearly norm (DOMAIN §5). */
@ObjectType('Handler')
export class HandlerModel {
  @Field(() => String, { description: "The staff member's sign-in subject." })
  subject!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  agencyCode!: string;

  @Field(() => [String], { nullable: true, description: 'Fields handled; null = every field.' })
  fieldCodes!: string[] | null;

  @Field(() => AreaKindEnum)
  areaKind!: AreaKind;

  @Field(() => Int, { description: 'Dossiers per staff-year: 1,600 / 1,200 / 800.' })
  normPerYear!: number;

  @Field(() => Int, { description: 'New dossiers they may be given per day.' })
  dailyCapacity!: number;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int, { description: 'Dossiers finished this year while they held them.' })
  handledThisYear!: number;

  @Field(() => Int, { description: 'Open dossiers they hold now.' })
  openLoad!: number;

  @Field(() => Int)
  assignedToday!: number;

  @Field(() => Boolean)
  absentToday!: boolean;

  @Field(() => [HandlerAbsenceModel], { description: 'Absences not yet over, earliest first.' })
  absences!: HandlerAbsenceModel[];
}

@ObjectType('RecordedAbsence')
export class RecordedAbsenceModel {
  @Field(() => HandlerModel)
  handler!: HandlerModel;

  @Field(() => Int, { description: 'Open dossiers given to other handlers now.' })
  reassigned!: number;
}

function toAbsenceModel(a: HandlerAbsence): HandlerAbsenceModel {
  return { ...a };
}

export function toHandlerModel(h: Handler): HandlerModel {
  return { ...h, absences: h.absences.map(toAbsenceModel) };
}
