import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../queue-tickets/date.scalar';

@ObjectType('ServiceIndexMeasure')
export class ServiceIndexMeasureModel {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Float, { nullable: true, description: 'A share 0..1, or minutes for AVERAGE_TIME.' })
  value!: number | null;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Boolean, {
    description: "The platform's own approximation of the national measure.",
  })
  approximation!: boolean;
}

@ObjectType('ServiceIndexGroup')
export class ServiceIndexGroupModel {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => [ServiceIndexMeasureModel]) measures!: ServiceIndexMeasureModel[];
}

@ObjectType('ServiceIndex', {
  description: 'Decision 766 groups from the platform data (docs/reports.md).',
})
export class ServiceIndexModel {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => [ServiceIndexGroupModel]) groups!: ServiceIndexGroupModel[];
}

@ObjectType('HandlerThroughput')
export class HandlerThroughputModel {
  @Field(() => String) subject!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) agencyCode!: string;
  @Field(() => String) areaKind!: string;
  @Field(() => Float, { description: 'Dossiers per staff-year: 1,600 / 1,200 / 800.' })
  normPerYear!: number;
  @Field(() => Float, { description: 'The norm pro rata for the days of the period.' })
  normForPeriod!: number;
  @Field(() => Float, { description: 'Closed in the period (results, stops, inter-agency steps).' })
  handled!: number;
  @Field(() => Float, { nullable: true, description: 'handled / normForPeriod.' })
  ratio!: number | null;
}
