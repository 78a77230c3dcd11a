import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ExportProceduresArgs } from './export-procedures.args';
import { ProcedureDefinitionInput } from './procedure-definition.input';
import { ProcedureImportResultModel } from './procedure-import-result.model';
import { ProcedureImportRowInput } from './procedure-import-row.input';
import {
  toImportResultModel,
  toImportRows,
  toProcedureDefinition,
  toProcedureModel,
  toProcedureVersionConnection,
} from './procedure.mapper';
import { ProcedureVersionConnectionModel } from './procedure-version-connection.model';
import { ProcedureModel } from './procedure.model';
import { PublishProcedureArgs } from './publish-procedure.args';

/** How tenant administrators maintain their procedures: drafts, publishing, bulk import/export. */
@Resolver(() => ProcedureModel)
export class ProcedureAdminResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Mutation(() => ProcedureModel, {
    description:
      'Creates the next version of a procedure as a draft, or changes its open draft. Tenant administrators.',
  })
  @TenantAdminAccess()
  async saveProcedureDraft(
    @Args('input', { type: () => ProcedureDefinitionInput }) input: ProcedureDefinitionInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureModel> {
    return toProcedureModel(
      await this.rpc.request(
        'catalog.procedure.draft.save.v1',
        { definition: toProcedureDefinition(input) },
        callOptions(caller),
      ),
    );
  }

  @Mutation(() => ProcedureModel, {
    description:
      'Publishes a draft from `validFrom` on; the version in force before ends the day before. Tenant administrators.',
  })
  @TenantAdminAccess()
  async publishProcedure(
    @Args() args: PublishProcedureArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureModel> {
    const request = { code: args.code, version: args.version, validFrom: args.validFrom };
    return toProcedureModel(
      await this.rpc.request('catalog.procedure.publish.v1', request, callOptions(caller)),
    );
  }

  @Mutation(() => [ProcedureImportResultModel], {
    description:
      'Upserts up to 500 rows by (code, version), each validated on its own; one result per row, in order. Tenant administrators.',
  })
  @TenantAdminAccess()
  async importProcedures(
    @Args('rows', { type: () => [ProcedureImportRowInput] }) rows: ProcedureImportRowInput[],
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureImportResultModel[]> {
    const { results } = await this.rpc.request(
      'catalog.procedure.import.v1',
      { rows: toImportRows(rows) },
      callOptions(caller),
    );
    return results.map(toImportResultModel);
  }

  @Query(() => ProcedureVersionConnectionModel, {
    description:
      'Every version of every procedure, drafts included, by code then version. Tenant administrators.',
  })
  @TenantAdminAccess()
  async exportProcedures(
    @Args() args: ExportProceduresArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<ProcedureVersionConnectionModel> {
    const request = { first: args.first ?? undefined, after: args.after ?? undefined };
    return toProcedureVersionConnection(
      await this.rpc.request('catalog.procedure.export.v1', request, callOptions(caller)),
    );
  }
}
