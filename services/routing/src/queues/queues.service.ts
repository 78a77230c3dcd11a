import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { authorizeStaff, requireAgencyManager, soleAgency } from '../access/staff-access';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { QueueRepository } from './queue.repository';

/** Work queues by due time: a handler's own (`myWorkQueue`), and an agency's for its head. */
@Injectable()
export class QueuesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueRepository,
    private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  async mine(
    tenant: string,
    request: RpcParsedRequest<'routing.queue.mine.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.queue.mine.v1'>> {
    const staff = authorizeStaff(tenant, actor);
    const page = await this.queue.page(
      this.dataSource.manager,
      { tenant, handlerSubject: staff.subject },
      this.clock.now(),
      this.marginMs(),
      request.first,
    );
    return { ...page, nearingDueMinutes: this.config.QUEUE_NEARING_DUE_MINUTES };
  }

  async agency(
    tenant: string,
    request: RpcParsedRequest<'routing.queue.agency.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.queue.agency.v1'>> {
    const agencyCode = request.agencyCode ?? soleAgency(authorizeStaff(tenant, actor));
    if (!agencyCode)
      throw new DomainError(
        ErrorCode.BadRequest,
        'name the agency: the caller belongs to none or to several',
      );
    requireAgencyManager(tenant, actor, agencyCode, 'see its queue');
    const page = await this.queue.page(
      this.dataSource.manager,
      { tenant, agencyCode, unassignedOnly: request.unassignedOnly },
      this.clock.now(),
      this.marginMs(),
      request.first,
    );
    return { ...page, agencyCode, nearingDueMinutes: this.config.QUEUE_NEARING_DUE_MINUTES };
  }

  private marginMs(): number {
    return this.config.QUEUE_NEARING_DUE_MINUTES * 60_000;
  }
}
