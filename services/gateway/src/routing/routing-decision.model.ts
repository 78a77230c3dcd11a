import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  Channel,
  ProcedureLevel,
  RoutedDossierFacts,
  RoutingDecision,
  RoutingDecisionEntry,
  RoutingDecisionStatus,
} from '@motcua/contracts';
import { ProcedureLevelEnum } from '../catalog/catalog.enums';
import { AgencyRefModel } from '../dossiers/dossier.model';
import { ChannelEnum } from '../dossiers/dossier.enums';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoutingDecisionStatusEnum } from './routing.enums';

@ObjectType('RoutingRuleRef')
export class RoutingRuleRefModel {
  @Field(() => String)
  id!: string;

  @Field(() => Int, { nullable: true })
  version!: number | null;
}

/** One decision about a dossier: a rule, a hold, or a supervisor by hand. */
@ObjectType('RoutingDecisionEntry')
export class RoutingDecisionEntryModel {
  @Field(() => RoutingDecisionStatusEnum)
  status!: RoutingDecisionStatus;

  @Field(() => AgencyRefModel, { nullable: true })
  agency!: AgencyRefModel | null;

  @Field(() => RoutingRuleRefModel, {
    nullable: true,
    description: 'The rule that matched; null when none did or a supervisor routed by hand.',
  })
  rule!: RoutingRuleRefModel | null;

  @Field(() => String, { description: 'Why: how the rule matched, why held, or the reason given.' })
  reason!: string;

  @Field(() => DateTimeScalar)
  decidedAt!: string;

  @Field(() => String, { description: '`system:routing`, or the supervisor who routed by hand.' })
  decidedBy!: string;
}

/** What routing matched a dossier on. */
@ObjectType('RoutedDossierFacts')
export class RoutedDossierFactsModel {
  @Field(() => String)
  procedureCode!: string;

  @Field(() => String)
  procedureName!: string;

  @Field(() => String)
  fieldCode!: string;

  @Field(() => ProcedureLevelEnum)
  level!: ProcedureLevel;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String)
  jurisdictionUnitCode!: string;

  @Field(() => DateTimeScalar)
  receivedAt!: string;
}

/** The routing of a dossier: the current decision and every one before it. */
@ObjectType('DossierRouting')
export class DossierRoutingModel extends RoutingDecisionEntryModel {
  @Field(() => String)
  dossierCode!: string;

  @Field(() => RoutedDossierFactsModel, { nullable: true })
  dossier!: RoutedDossierFactsModel | null;

  @Field(() => [RoutingDecisionEntryModel], { description: 'Every decision, oldest first.' })
  history!: RoutingDecisionEntryModel[];
}

export function toDecisionEntryModel(e: RoutingDecisionEntry): RoutingDecisionEntryModel {
  return {
    status: e.status,
    agency: e.agencyCode ? { code: e.agencyCode, name: e.agencyName ?? e.agencyCode } : null,
    rule: e.ruleId ? { id: e.ruleId, version: e.ruleVersion } : null,
    reason: e.reason,
    decidedAt: e.decidedAt,
    decidedBy: e.decidedBy,
  };
}

export function toFactsModel(f: RoutedDossierFacts | null): RoutedDossierFactsModel | null {
  return f ? { ...f } : null;
}

export function toDossierRoutingModel(d: RoutingDecision): DossierRoutingModel {
  return {
    ...toDecisionEntryModel(d),
    dossierCode: d.dossierCode,
    dossier: toFactsModel(d.dossier),
    history: d.history.map(toDecisionEntryModel),
  };
}
