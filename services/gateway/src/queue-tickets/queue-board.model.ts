import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ObjectType('QueueBoardCall', { description: 'A call shown on the display board.' })
export class QueueBoardCallModel {
  @Field(() => String)
  number!: string;

  @Field(() => Int)
  counter!: number;

  @Field(() => DateTimeScalar, { description: 'The latest call of the ticket.' })
  calledAt!: string;

  @Field(() => String)
  serviceGroupCode!: string;
}

@ObjectType('QueueGroupWaiting')
export class QueueGroupWaitingModel {
  @Field(() => String)
  serviceGroupCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  waiting!: number;

  @Field(() => String, { nullable: true, description: 'Number of the next call; null if none.' })
  nextNumber!: string | null;
}

@ObjectType('QueueBoard', {
  description: "A branch's display board: calls and waiting queues of today.",
})
export class QueueBoardModel {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  branchName!: string;

  @Field(() => Int)
  counters!: number;

  @Field(() => [QueueBoardCallModel], { description: 'Latest calls, most recent first (10).' })
  calling!: QueueBoardCallModel[];

  @Field(() => [QueueGroupWaitingModel])
  waiting!: QueueGroupWaitingModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'Average minutes from issue to first call today.',
  })
  averageWaitMinutesToday!: number | null;

  @Field(() => Int)
  servedToday!: number;

  @Field(() => Float, { description: 'The target wait in minutes.' })
  targetWaitMinutes!: number;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType('QueueWaitingRow', {
  description: 'Waits of one service group at one branch over the days of a report.',
})
export class QueueWaitingRowModel {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  serviceGroupCode!: string;

  @Field(() => String)
  serviceGroupName!: string;

  @Field(() => Int)
  issued!: number;

  @Field(() => Int)
  served!: number;

  @Field(() => Int)
  skipped!: number;

  @Field(() => Int, { description: 'Tickets called at least once.' })
  called!: number;

  @Field(() => Float, { nullable: true })
  averageWaitMinutes!: number | null;

  @Field(() => Float, { nullable: true })
  p90WaitMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0..1) of called tickets first called within the target.',
  })
  withinTargetShare!: number | null;

  @Field(() => Float)
  targetWaitMinutes!: number;
}
