import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { StaffAdminService } from './staff-admin.service';

/** Staff administration; the service checks who asks (identity is the authority). */
@Injectable()
export class StaffAdminHandler {
  constructor(private readonly staff: StaffAdminService) {}

  @RpcHandler('identity.staff.list.v1')
  async list(
    request: RpcParsedRequest<'identity.staff.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.staff.list.v1'>> {
    return { staff: await this.staff.list(ctx, request) };
  }

  @RpcHandler('identity.staff.save.v1')
  save(
    request: RpcParsedRequest<'identity.staff.save.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.staff.save.v1'>> {
    return this.staff.save(ctx, request);
  }
}
