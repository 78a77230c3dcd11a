import { Args, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { toProcedureConnection } from './catalog.mapper';
import { ProcedureConnectionModel } from './procedure-connection.model';
import { ProcedureModel } from './procedure.model';
import { ProceduresArgs } from './procedures.args';

@Resolver(() => ProcedureModel)
export class ProceduresResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => ProcedureConnectionModel, {
    description: "The tenant's current procedures, by code. Needs the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async procedures(
    @Args() args: ProceduresArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureConnectionModel> {
    const request = {
      search: args.search ?? undefined,
      first: args.first ?? undefined,
      after: args.after ?? undefined,
    };
    return toProcedureConnection(
      await this.rpc.request('catalog.procedure.list.v1', request, callOptions(caller)),
    );
  }
}
