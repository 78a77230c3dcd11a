import { Field, ObjectType } from '@nestjs/graphql';
import type { ApiClient, IntegratorScope } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { IntegratorScopeEnum } from './identity-admin.enums';

/** An integrator's API client of the tenant (its secret is never shown again). */
@ObjectType('ApiClient')
export class ApiClientModel {
  @Field(() => String, { description: 'Public id the client signs in with (client_credentials).' })
  clientId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [IntegratorScopeEnum])
  scopes!: IntegratorScope[];

  @Field(() => Boolean, { description: 'False once revoked: it can no longer sign in.' })
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  secretRotatedAt!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Until when the secret before the last rotation still works; null: it does not.',
  })
  previousSecretValidUntil!: string | null;
}

/** A client with its secret: answered once, on registration or rotation. */
@ObjectType('ApiClientWithSecret')
export class ApiClientWithSecretModel {
  @Field(() => ApiClientModel)
  client!: ApiClientModel;

  @Field(() => String, {
    description: 'The client secret. Shown only now: motcua keeps a hash of it, never the secret.',
  })
  clientSecret!: string;
}

export function toApiClientModel(c: ApiClient): ApiClientModel {
  return {
    clientId: c.clientId,
    name: c.name,
    scopes: c.scopes,
    active: c.active,
    createdAt: c.createdAt,
    secretRotatedAt: c.secretRotatedAt,
    previousSecretValidUntil: c.previousSecretValidUntil,
  };
}
