import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  Channel,
  ProcedureLevel,
  RoutingRuleTarget,
  RoutingRuleVersion,
} from '@motcua/contracts';
import { ProcedureLevelEnum } from '../catalog/catalog.enums';
import { ChannelEnum } from '../dossiers/dossier.enums';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoutingTargetKindEnum } from './routing.enums';

type RoutingTargetKind = RoutingRuleTarget['kind'];

/** What a rule matches; a null criterion matches anything. */
@ObjectType('RoutingRuleMatch')
export class RoutingRuleMatchModel {
  @Field(() => [String], { nullable: true })
  procedureCodes!: string[] | null;

  @Field(() => [String], { nullable: true })
  fieldCodes!: string[] | null;

  @Field(() => ProcedureLevelEnum, { nullable: true })
  level!: ProcedureLevel | null;

  @Field(() => [ChannelEnum], { nullable: true })
  channels!: Channel[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Holds when the dossier's jurisdiction unit or a unit above it is listed.",
  })
  jurisdictionUnitCodes!: string[] | null;
}

@ObjectType('RoutingRuleTarget')
export class RoutingRuleTargetModel {
  @Field(() => RoutingTargetKindEnum)
  kind!: RoutingTargetKind;

  @Field(() => String, { nullable: true, description: 'Set for AGENCY targets.' })
  agencyCode!: string | null;
}

/** One version of a routing rule (first match wins, lower priority first). */
@ObjectType('RoutingRule')
export class RoutingRuleModel {
  @Field(() => String)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  priority!: number;

  @Field(() => RoutingRuleMatchModel)
  match!: RoutingRuleMatchModel;

  @Field(() => RoutingRuleTargetModel)
  target!: RoutingRuleTargetModel;

  @Field(() => String, { description: 'First day of receipt it applies to (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day, inclusive; null while open.' })
  validTo!: string | null;

  @Field(() => String)
  createdBy!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('SavedRoutingRule')
export class SavedRoutingRuleModel {
  @Field(() => RoutingRuleModel)
  rule!: RoutingRuleModel;

  @Field(() => RoutingRuleModel, {
    nullable: true,
    description: 'The version before it, as it now ends; null for a new rule.',
  })
  previous!: RoutingRuleModel | null;
}

export function toRoutingRuleModel(r: RoutingRuleVersion): RoutingRuleModel {
  return {
    ...r,
    match: { ...r.match },
    target:
      r.target.kind === 'AGENCY'
        ? { kind: 'AGENCY', agencyCode: r.target.agencyCode }
        : { kind: 'JURISDICTION_COMMITTEE', agencyCode: null },
  };
}
