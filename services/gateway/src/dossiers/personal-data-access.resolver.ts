import { Args, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { PersonalDataAccessLogArgs } from './personal-data-access-log.args';
import {
  PersonalDataAccessConnectionModel,
  toPersonalDataAccessConnection,
} from './personal-data-access.model';

/** The personal-data access log (DOMAIN §7); reception checks the auditor again. */
@Resolver(() => PersonalDataAccessConnectionModel)
export class PersonalDataAccessResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => PersonalDataAccessConnectionModel, {
    description:
      "Who read which dossier's personal data, when, on what basis and why, newest first (auditors, supervisors of the tenant).",
  })
  @SignedInAccess({ staff: { roles: [StaffRole.Auditor, StaffRole.Supervisor] } })
  async personalDataAccessLog(
    @Args() args: PersonalDataAccessLogArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<PersonalDataAccessConnectionModel> {
    return toPersonalDataAccessConnection(
      await this.rpc.request(
        'reception.access-log.list.v1',
        {
          dossierCode: args.dossierCode ?? undefined,
          actorSubject: args.actorSubject ?? undefined,
          from: args.from ?? undefined,
          to: args.to ?? undefined,
          first: args.first ?? undefined,
          after: args.after ?? undefined,
        },
        callOptions(caller),
      ),
    );
  }
}
