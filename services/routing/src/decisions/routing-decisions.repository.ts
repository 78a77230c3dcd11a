import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RoutingDecisionEntity } from './routing-decision.entity';

@Injectable()
export class RoutingDecisionsRepository {
  async exists(manager: EntityManager, dossierId: string): Promise<boolean> {
    return manager.exists(RoutingDecisionEntity, { where: { dossierId } });
  }

  /**
   * Stores the decision unless the dossier already has one (the first decision is kept, also
   * against a concurrent writer: the loser waits for the winner's commit, then inserts nothing).
   * True when this call stored it.
   */
  async insertIfAbsent(manager: EntityManager, decision: RoutingDecisionEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RoutingDecisionEntity)
      .values(decision)
      .orIgnore()
      .returning(['dossierId']) // property paths: TypeORM 1.x silently drops unknown names
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
