import { Args, Query, Resolver } from '@nestjs/graphql';
import { AsOfArg } from '../graphql/as-of.arg';
import { RpcClient } from '@motcua/platform';
import { PublicAccess, TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { toProcedureConnection, toProcedureModel } from './procedure.mapper';
import { ProcedureConnectionModel } from './procedure-connection.model';
import { ProcedureModel } from './procedure.model';
import { ProceduresArgs } from './procedures.args';

@Resolver(() => ProcedureModel)
export class ProceduresResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => ProcedureConnectionModel, {
    description:
      "The tenant's procedures in force (today or `asOf`), by code. Needs the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async procedures(
    @Args() args: ProceduresArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureConnectionModel> {
    const request = {
      search: args.search ?? undefined,
      fieldCode: args.fieldCode ?? undefined,
      level: args.level ?? undefined,
      asOf: args.asOf ?? undefined,
      first: args.first ?? undefined,
      after: args.after ?? undefined,
    };
    return toProcedureConnection(
      await this.rpc.request('catalog.procedure.list.v1', request, callOptions(caller)),
    );
  }

  @Query(() => ProcedureModel, {
    nullable: true,
    description:
      'The version of a procedure in force today or on `asOf` (YYYY-MM-DD). Needs the tenant (x-tenant header).',
  })
  @PublicAccess('required')
  async procedure(
    @Args('code', { type: () => String }) code: string,
    @AsOfArg()
    asOf: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureModel> {
    return toProcedureModel(
      await this.rpc.request(
        'catalog.procedure.get.v1',
        { code, asOf: asOf ?? undefined },
        callOptions(caller),
      ),
    );
  }

  @Query(() => [ProcedureModel], {
    description:
      'Every version of a procedure, drafts included, oldest first. Tenant administrators.',
  })
  @TenantAdminAccess()
  async procedureVersions(
    @Args('code', { type: () => String }) code: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureModel[]> {
    const { versions } = await this.rpc.request(
      'catalog.procedure.versions.v1',
      { code },
      callOptions(caller),
    );
    return versions.map(toProcedureModel);
  }
}
