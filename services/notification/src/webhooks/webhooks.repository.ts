import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventType } from '@motcua/contracts';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Registered webhook endpoints. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: WebhookEndpointEntity): Promise<void> {
    await this.dataSource.getRepository(WebhookEndpointEntity).insert(row);
  }

  listByTenant(tenantId: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .find({ where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<WebhookEndpointEntity | null> {
    return this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  async delete(tenantId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .delete({ tenantId, id });
    return (result.affected ?? 0) > 0;
  }

  /** The tenant's endpoints subscribed to `type`, read in the consumer's transaction. */
  subscribedTo(
    manager: EntityManager,
    tenantId: string,
    type: EventType,
  ): Promise<WebhookEndpointEntity[]> {
    return manager
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('w')
      .where('w.tenant_id = :tenantId', { tenantId })
      .andWhere(':type = ANY(w.event_types)', { type })
      .getMany();
  }
}
