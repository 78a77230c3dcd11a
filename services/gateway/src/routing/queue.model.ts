import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { QueueItem, RpcResponse } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';

/** A dossier in a work queue, with its deadline flags. */
@ObjectType('WorkQueueItem')
export class QueueItemModel {
  @Field(() => String)
  dossierCode!: string;

  @Field(() => String)
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: 'Null while nobody is free to take it.' })
  handlerSubject!: string | null;

  @Field(() => String, { nullable: true })
  handlerName!: string | null;

  @Field(() => String)
  procedureCode!: string;

  @Field(() => String)
  procedureName!: string;

  @Field(() => String)
  fieldCode!: string;

  @Field(() => DateTimeScalar)
  receivedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while the clock is paused.' })
  dueAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  assignedAt!: string | null;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => Boolean, { description: 'Due within `nearingDueMinutes` and not overdue yet.' })
  nearingDue!: boolean;
}

/** A handler's or an agency's open dossiers, by due time. */
@ObjectType('WorkQueue')
export class WorkQueueModel {
  @Field(() => String, { nullable: true, description: 'The agency, for an agency queue.' })
  agencyCode!: string | null;

  @Field(() => [QueueItemModel])
  items!: QueueItemModel[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => Int)
  nearingDueCount!: number;

  @Field(() => Int)
  nearingDueMinutes!: number;
}

export function toQueueItemModel(item: QueueItem): QueueItemModel {
  const { dossierId: _id, ...rest } = item;
  return rest;
}

export function toWorkQueueModel(
  queue: RpcResponse<'routing.queue.mine.v1'> & { agencyCode?: string },
): WorkQueueModel {
  return {
    agencyCode: queue.agencyCode ?? null,
    items: queue.items.map(toQueueItemModel),
    totalCount: queue.totalCount,
    overdueCount: queue.overdueCount,
    nearingDueCount: queue.nearingDueCount,
    nearingDueMinutes: queue.nearingDueMinutes,
  };
}
