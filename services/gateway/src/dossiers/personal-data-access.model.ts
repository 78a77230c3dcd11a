import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  encodeInstantCursor,
  PersonalDataAccessBasis as BasisValues,
  personalDataOperationSchema,
  ReceptionCursorKind,
  type PersonalDataAccess,
  type PersonalDataAccessBasis,
  type PersonalDataOperation,
  type RpcResponse,
} from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { PageInfoModel } from '../graphql/page-info.model';
import { registerValuesEnum } from '../graphql/register-enum';

export const PersonalDataAccessBasisEnum = registerValuesEnum(
  BasisValues,
  'PersonalDataAccessBasis',
  'Why the reader may read the dossier: SUPERVISOR, AUDIT, RECEIVING_BRANCH (receiver of its receiving or return branch), COMPETENT_AGENCY, HANDED_OVER (an agency of an earlier inter-agency step), INTEGRATOR (API client with dossier:read), OWNER, REPRESENTATIVE.',
);
export const PersonalDataOperationEnum = registerValuesEnum(
  personalDataOperationSchema.enum,
  'PersonalDataOperation',
  'What was read: the dossier (VIEW), a printed form (FORM), a scanned component (ATTACHMENT), a list of dossiers (LIST).',
);

/** One read of a dossier's personal data by staff or an API client: who, when, why. */
@ObjectType('PersonalDataAccess')
export class PersonalDataAccessModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  dossierCode!: string;

  @Field(() => String, { description: 'STAFF or INTEGRATOR.' })
  actorKind!: string;

  @Field(() => String, { description: 'Staff subject or API client id.' })
  actorSubject!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => [String], { description: 'The reader’s roles when they read.' })
  roles!: string[];

  @Field(() => PersonalDataAccessBasisEnum)
  basis!: PersonalDataAccessBasis;

  @Field(() => String, { nullable: true, description: 'The purpose the reader gave.' })
  purpose!: string | null;

  @Field(() => PersonalDataOperationEnum)
  operation!: PersonalDataOperation;

  @Field(() => DateTimeScalar)
  at!: string;
}

@ObjectType('PersonalDataAccessEdge')
export class PersonalDataAccessEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => PersonalDataAccessModel)
  node!: PersonalDataAccessModel;
}

/** A page of the personal-data access log, newest first, Relay style. */
@ObjectType('PersonalDataAccessConnection')
export class PersonalDataAccessConnectionModel {
  @Field(() => [PersonalDataAccessEdgeModel])
  edges!: PersonalDataAccessEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'Reads matching the filters, over all pages.' })
  totalCount!: number;
}

export function toPersonalDataAccessConnection(
  page: RpcResponse<'reception.access-log.list.v1'>,
): PersonalDataAccessConnectionModel {
  return {
    edges: page.items.map((a: PersonalDataAccess) => ({
      cursor: encodeInstantCursor(ReceptionCursorKind.AccessLog, a.at, a.id),
      node: { ...a, roles: [...a.roles] },
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
