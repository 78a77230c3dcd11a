import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ArgsType()
export class PersonalDataAccessLogArgs {
  @Field(() => String, { nullable: true, description: 'Only reads of this dossier.' })
  dossierCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only reads by this staff subject or API client.',
  })
  actorSubject?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Reads at or after this instant.' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Reads before this instant.' })
  to?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1..200.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the edge after which the page starts.',
  })
  after?: string | null;
}
