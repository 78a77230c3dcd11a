import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { tenantIdSchema } from '@motcua/contracts';
import { hostTenantCandidate } from '../auth/tenant-resolution';
import { TenantDirectory } from '../auth/tenant-directory.service';

export type PageTenant = { ok: true; tenant: string } | { ok: false; message: string };

export const TENANT_MESSAGES = {
  missing:
    'Chưa xác định đơn vị (tỉnh, thành phố). Hãy mở trang từ địa chỉ của đơn vị, hoặc thêm ?tenant=<mã đơn vị> vào địa chỉ.',
  unknown: 'Không tìm thấy đơn vị này trên hệ thống.',
} as const;

/**
 * The tenant of a page: `tenant` in the query or form (a browser cannot set x-tenant on a
 * navigation), else the host name (`hanoi.motcua.local`); either must name a known tenant.
 */
@Injectable()
export class PageTenantResolver {
  constructor(private readonly tenants: TenantDirectory) {}

  async resolve(req: FastifyRequest, named: unknown): Promise<PageTenant> {
    const candidate =
      typeof named === 'string' && named !== '' ? named : hostTenantCandidate(req.hostname);
    if (candidate === undefined) return { ok: false, message: TENANT_MESSAGES.missing };
    if (!tenantIdSchema.safeParse(candidate).success || !(await this.tenants.has(candidate)))
      return { ok: false, message: TENANT_MESSAGES.unknown };
    return { ok: true, tenant: candidate };
  }
}
