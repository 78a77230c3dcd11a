import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ApplicantChannel, NotificationLanguage } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ApplicantChannelEnum, NotificationLanguageEnum } from './notification.enums';
import { NotificationPreferencesModel } from './notification-preferences.model';

/** Citizens choose how they hear about their dossiers. */
@Resolver(() => NotificationPreferencesModel)
export class NotificationPreferencesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Mutation(() => NotificationPreferencesModel, {
    description:
      'Channels and language of the messages about a dossier the citizen follows (applicant, online submitter or representative); applies to messages from then on.',
  })
  @SignedInAccess({ citizen: {} })
  setNotificationPreferences(
    @Args('dossierCode', { type: () => String }) dossierCode: string,
    @Args('channels', { type: () => [ApplicantChannelEnum] }) channels: ApplicantChannel[],
    @Args('language', { type: () => NotificationLanguageEnum }) language: NotificationLanguage,
    @CurrentCaller() caller: Caller,
  ): Promise<NotificationPreferencesModel> {
    return this.rpc.request(
      'notification.preferences.set.v1',
      { dossierCode, channels, language },
      callOptions(caller),
    );
  }
}
