import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError, ErrorCode, webhookEventTypeSchema } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RegisteredWebhookModel, WebhookModel, toWebhookModel } from './webhook.model';

/** Integrators' webhook endpoints (tenant administrators). */
@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [WebhookModel], { description: "The tenant's webhook endpoints (no secrets)." })
  @TenantAdminAccess()
  async webhooks(@CurrentCaller() caller: Caller): Promise<WebhookModel[]> {
    const { webhooks } = await this.rpc.request(
      'notification.webhook.list.v1',
      {},
      callOptions(caller),
    );
    return webhooks.map(toWebhookModel);
  }

  @Mutation(() => RegisteredWebhookModel, {
    description:
      'Registers an endpoint for dossier event types (e.g. `dossier.received.v1`); returns the signing secret once.',
  })
  @TenantAdminAccess()
  async registerWebhook(
    @Args('url', { type: () => String }) url: string,
    @Args('eventTypes', { type: () => [String] }) eventTypes: string[],
    @CurrentCaller() caller: Caller,
  ): Promise<RegisteredWebhookModel> {
    const types = webhookEventTypeSchema.array().safeParse(eventTypes);
    if (!types.success)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `eventTypes must be dossier event types: ${webhookEventTypeSchema.options.join(', ')}`,
      );
    const registered = await this.rpc.request(
      'notification.webhook.register.v1',
      { url, eventTypes: types.data },
      callOptions(caller),
    );
    return { webhook: toWebhookModel(registered.webhook), secret: registered.secret };
  }

  @Mutation(() => Boolean, { description: 'Removes an endpoint; false when there was none.' })
  @TenantAdminAccess()
  async deleteWebhook(
    @Args('id', { type: () => String }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<boolean> {
    const { deleted } = await this.rpc.request(
      'notification.webhook.delete.v1',
      { id },
      callOptions(caller),
    );
    return deleted;
  }
}
