import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type NotificationPreferences,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { Clock, RpcClient } from '@motcua/platform';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/**
 * Applicants choose channels and language per dossier. Whether the citizen may is reception's
 * decision (it alone holds the applicant's personal ID): a dossier it lets them read as a citizen
 * is theirs to set; any other answer (NOT_FOUND, ...) is passed on unchanged.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
  ) {}

  async set(
    tenant: string,
    request: RpcParsedRequest<'notification.preferences.set.v1'>,
    actor: Actor | undefined,
  ): Promise<NotificationPreferences> {
    if (!actor)
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'setting preferences needs a signed-in citizen',
      );
    if (actor.kind !== 'CITIZEN')
      throw new DomainError(
        ErrorCode.Forbidden,
        'only the applicant sets notification preferences',
      );
    const dossier = await this.rpc.request(
      'reception.dossier.get.v1',
      { code: request.dossierCode },
      { tenant, actor },
    );
    const row = Object.assign(new NotificationPreferenceEntity(), {
      dossierId: dossier.id,
      tenantId: tenant,
      dossierCode: dossier.code,
      channels: [...new Set(request.channels)],
      language: request.language,
      updatedBy: actor.subject,
      updatedAt: this.clock.now(),
    });
    await this.preferences.save(row);
    return {
      dossierCode: row.dossierCode,
      channels: row.channels,
      language: row.language,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
