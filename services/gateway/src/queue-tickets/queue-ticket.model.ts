import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { queueTicketStatusSchema, type QueueTicketStatus } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { registerValuesEnum } from '../graphql/register-enum';

export const QueueTicketStatusEnum = registerValuesEnum(
  queueTicketStatusSchema.enum,
  'QueueTicketStatus',
  'WAITING in its group, CALLED to a counter, SERVING at it, SERVED (finished) or SKIPPED (no-show).',
);

@ObjectType('QueueServiceGroup', { description: 'A button of the kiosk: a group of services.' })
export class QueueServiceGroupModel {
  @Field(() => String, { description: 'One letter, the prefix of its numbers (A012).' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Tickets of today waiting in the group.' })
  waiting!: number;
}

@ObjectType('QueueTicket', { description: 'A number drawn at a branch kiosk.' })
export class QueueTicketModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'Display number: group letter and the sequence of the day (Vietnam day) per branch and group, like A012.',
  })
  number!: string;

  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  serviceGroupCode!: string;

  @Field(() => QueueTicketStatusEnum)
  status!: QueueTicketStatus;

  @Field(() => DateTimeScalar)
  issuedAt!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The first call: the wait runs from issue to here.',
  })
  calledAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The latest call (recalls).' })
  lastCalledAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  servedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: string | null;

  @Field(() => Int, { nullable: true })
  counter!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'While WAITING: tickets of the group before this one.',
  })
  peopleAhead!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Minutes from issue to the first call; while waiting, minutes so far.',
  })
  waitedMinutes!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first call came within the target wait (15 minutes by default).',
  })
  withinTarget!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The group it was transferred from.' })
  transferredFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'The dossier received while serving it.' })
  dossierCode!: string | null;
}
