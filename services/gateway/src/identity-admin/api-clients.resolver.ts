import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { IntegratorScope } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ApiClientModel, ApiClientWithSecretModel, toApiClientModel } from './api-client.model';
import { IntegratorScopeEnum } from './identity-admin.enums';

/** API clients of the tenant's integrators (national portal, branch frontends): administrators. */
@Resolver(() => ApiClientModel)
export class ApiClientsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [ApiClientModel], {
    description:
      "The tenant's API clients, revoked ones included, oldest first. Tenant administrators.",
  })
  @TenantAdminAccess()
  async apiClients(@CurrentCaller() caller: Caller): Promise<ApiClientModel[]> {
    const { clients } = await this.rpc.request('identity.client.list.v1', {}, callOptions(caller));
    return clients.map(toApiClientModel);
  }

  @Mutation(() => ApiClientWithSecretModel, {
    description:
      'Registers an API client with its scopes; the answer holds its secret, shown this once. Tenant administrators.',
  })
  @TenantAdminAccess()
  async registerApiClient(
    @Args('name', { type: () => String }) name: string,
    @Args('scopes', { type: () => [IntegratorScopeEnum] }) scopes: IntegratorScope[],
    @CurrentCaller() caller: Caller,
  ): Promise<ApiClientWithSecretModel> {
    const registered = await this.rpc.request(
      'identity.client.register.v1',
      { name, scopes },
      callOptions(caller),
    );
    return { client: toApiClientModel(registered.client), clientSecret: registered.clientSecret };
  }

  @Mutation(() => ApiClientWithSecretModel, {
    description:
      'Gives an API client a new secret (shown this once); the old one keeps working for graceSeconds. Tenant administrators.',
  })
  @TenantAdminAccess()
  async rotateApiClientSecret(
    @Args('clientId', { type: () => String }) clientId: string,
    @Args('graceSeconds', {
      type: () => Int,
      nullable: true,
      description:
        'How long the old secret stays valid: 0 stops it now; 86400 (a day) when absent.',
    })
    graceSeconds: number | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<ApiClientWithSecretModel> {
    const rotated = await this.rpc.request(
      'identity.client.rotate-secret.v1',
      { clientId, graceSeconds: graceSeconds ?? undefined },
      callOptions(caller),
    );
    return { client: toApiClientModel(rotated.client), clientSecret: rotated.clientSecret };
  }

  @Mutation(() => ApiClientModel, {
    description:
      'Revokes an API client for good: neither of its secrets works any more. Tenant administrators.',
  })
  @TenantAdminAccess()
  async revokeApiClient(
    @Args('clientId', { type: () => String }) clientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ApiClientModel> {
    return toApiClientModel(
      await this.rpc.request('identity.client.revoke.v1', { clientId }, callOptions(caller)),
    );
  }
}
