import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { NotifiedLoop } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import { KeyRing } from '../keys/key-ring.service';
import { RefreshTokensService } from './refresh-tokens.service';

/**
 * Checks the signing keys at boot (before requests are served) and then every
 * IDENTITY_KEY_CHECK_SECONDS (0: boot only), rotating and dropping keys when due; deletes
 * expired refresh token families on the same beat. A poll: nothing signals it.
 */
@Injectable()
export class TokenHousekeeping
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private loop?: NotifiedLoop;

  constructor(
    private readonly keyRing: KeyRing,
    private readonly refreshTokens: RefreshTokensService,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.keyRing.check();
  }

  async onApplicationBootstrap(): Promise<void> {
    const seconds = this.config.IDENTITY_KEY_CHECK_SECONDS;
    if (seconds === 0) return;
    this.loop = new NotifiedLoop({
      name: TokenHousekeeping.name,
      channel: 'motcua_identity_housekeeping',
      round: async () => {
        await this.run();
        return { more: false };
      },
      idleWaitMs: () => seconds * 1000,
    });
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  async run(): Promise<void> {
    await this.keyRing.check();
    await this.refreshTokens.deleteExpired();
  }
}
