import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChainStepStatus } from '@motcua/contracts';
import { ChainStepEntity } from './chain-step.entity';

@Injectable()
export class ChainsRepository {
  exists(manager: EntityManager, dossierId: string): Promise<boolean> {
    return manager.exists(ChainStepEntity, { where: { dossierId } });
  }

  async insert(manager: EntityManager, steps: ChainStepEntity[]): Promise<void> {
    // A redelivered routing event finds the chain already there.
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChainStepEntity)
      .values(steps)
      .orIgnore()
      .execute();
  }

  /** A dossier's steps in order, by its code; locked for a change when `lock`. */
  byCode(
    manager: EntityManager,
    tenant: string,
    dossierCode: string,
    lock = false,
  ): Promise<ChainStepEntity[]> {
    return manager.find(ChainStepEntity, {
      where: { tenantId: tenant, dossierCode },
      order: { stepIndex: 'ASC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** A dossier's steps in order, locked. */
  lockById(manager: EntityManager, dossierId: string): Promise<ChainStepEntity[]> {
    return manager.find(ChainStepEntity, {
      where: { dossierId },
      order: { stepIndex: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The agency of the dossier's active step; undefined without an active chain. */
  async activeAgency(manager: EntityManager, dossierId: string): Promise<string | undefined> {
    const active = await manager.findOne(ChainStepEntity, {
      where: { dossierId, status: ChainStepStatus.Active },
    });
    return active?.agencyCode;
  }

  async save(manager: EntityManager, step: ChainStepEntity): Promise<void> {
    const { dossierId, stepIndex, ...fields } = step;
    await manager.update(ChainStepEntity, { dossierId, stepIndex }, fields);
  }
}
