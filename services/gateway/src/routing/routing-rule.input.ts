import { Field, InputType, Int } from '@nestjs/graphql';
import type {
  Channel,
  ProcedureLevel,
  RoutingRuleTarget,
  SaveRoutingRuleRequest,
} from '@motcua/contracts';
import { ProcedureLevelEnum } from '../catalog/catalog.enums';
import { ChannelEnum } from '../dossiers/dossier.enums';
import { RoutingTargetKindEnum } from './routing.enums';

@InputType('RoutingRuleMatchInput')
export class RoutingRuleMatchInput {
  @Field(() => [String], { nullable: true })
  procedureCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  fieldCodes?: string[] | null;

  @Field(() => ProcedureLevelEnum, { nullable: true })
  level?: ProcedureLevel | null;

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [String], { nullable: true })
  jurisdictionUnitCodes?: string[] | null;
}

@InputType('SaveRoutingRuleInput')
export class SaveRoutingRuleInput {
  @Field(() => String, {
    description: 'A new id creates a rule; an existing one adds its next version.',
  })
  id!: string;

  @Field(() => Int, { description: 'Lower is checked first.' })
  priority!: number;

  @Field(() => RoutingRuleMatchInput, { nullable: true, description: 'Absent: matches anything.' })
  match?: RoutingRuleMatchInput | null;

  @Field(() => RoutingTargetKindEnum)
  targetKind!: RoutingRuleTarget['kind'];

  @Field(() => String, { nullable: true, description: 'Required for AGENCY targets.' })
  targetAgencyCode?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, today or later.' })
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo?: string | null;
}

export function toSaveRuleRequest(input: SaveRoutingRuleInput): SaveRoutingRuleRequest {
  const m = input.match;
  return {
    id: input.id,
    priority: input.priority,
    match: {
      procedureCodes: m?.procedureCodes ?? null,
      fieldCodes: m?.fieldCodes ?? null,
      level: m?.level ?? null,
      channels: m?.channels ?? null,
      jurisdictionUnitCodes: m?.jurisdictionUnitCodes ?? null,
    },
    // An AGENCY target without a code is refused by routing's validation (VALIDATION_FAILED).
    target:
      input.targetKind === 'AGENCY'
        ? { kind: 'AGENCY', agencyCode: input.targetAgencyCode ?? '' }
        : { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
}
