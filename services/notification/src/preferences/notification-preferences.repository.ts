import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationPreferenceEntity } from './notification-preference.entity';

/** Applicants' preferences, one row per dossier. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Sets (or replaces) the preferences of a dossier. */
  async save(preference: NotificationPreferenceEntity): Promise<void> {
    await this.dataSource.manager.upsert(NotificationPreferenceEntity, preference, ['dossierId']);
  }

  /** Read in the planning transaction. */
  find(manager: EntityManager, dossierId: string): Promise<NotificationPreferenceEntity | null> {
    return manager.findOneBy(NotificationPreferenceEntity, { dossierId });
  }
}
