import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierContactEntity } from './dossier-contact.entity';

/** The contact projection; written and read inside the consumer's transaction. */
@Injectable()
export class DossierContactsRepository {
  /** Insert or refresh (a re-sent `received` may correct the contact). */
  async save(manager: EntityManager, contact: DossierContactEntity): Promise<void> {
    await manager.upsert(DossierContactEntity, contact, ['dossierId']);
  }

  find(manager: EntityManager, dossierId: string): Promise<DossierContactEntity | null> {
    return manager.findOneBy(DossierContactEntity, { dossierId });
  }
}
