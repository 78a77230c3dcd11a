import { Field, ObjectType } from '@nestjs/graphql';
import {
  escalationAudienceSchema,
  escalationLevelSchema,
  type EscalationAlert,
  type EscalationAudience,
  type EscalationLevel,
} from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { registerValuesEnum } from '../graphql/register-enum';

export const EscalationLevelEnum = registerValuesEnum(
  escalationLevelSchema.enum,
  'EscalationLevel',
  'NEARING_DUE within the warning margin, or OVERDUE.',
);
export const EscalationAudienceEnum = registerValuesEnum(
  escalationAudienceSchema.enum,
  'EscalationAudience',
  'HANDLER holding the dossier, AGENCY_HEAD of its agency, or the ONE_STOP branch that received it (which starts the apology, form 04).',
);

/** A deadline alert addressed to the caller's role and unit. */
@ObjectType('DeadlineAlert')
export class AlertModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  dossierCode!: string;

  @Field(() => EscalationLevelEnum)
  level!: EscalationLevel;

  @Field(() => EscalationAudienceEnum)
  audience!: EscalationAudience;

  @Field(() => String, { nullable: true })
  handlerSubject!: string | null;

  @Field(() => String, { nullable: true })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true })
  branchId!: string | null;

  @Field(() => DateTimeScalar)
  dueAt!: string;

  @Field(() => DateTimeScalar)
  raisedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  acknowledgedAt!: string | null;

  @Field(() => String, { nullable: true })
  acknowledgedBy!: string | null;
}

export function toAlertModel(a: EscalationAlert): AlertModel {
  return { ...a };
}
