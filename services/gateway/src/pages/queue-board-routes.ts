import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from './page-security';
import { PageTenantResolver } from './page-tenant';
import { queueBoardPage, queueBoardProblemPage, QUEUE_BOARD_PATH } from './queue-board-page';
import { queryField } from './request-fields';

const BRANCH_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DEFAULT_REFRESH_SECONDS = 30;
const MIN_REFRESH_SECONDS = 5;
const MAX_REFRESH_SECONDS = 600;

export const BOARD_MESSAGES = {
  badBranch: 'Thiếu hoặc sai mã điểm tiếp nhận: thêm ?branch=<mã điểm tiếp nhận> vào địa chỉ.',
} as const;

/** `?refresh=` seconds within bounds; the default when absent or not a number. */
export function refreshSecondsOf(value: string | undefined): number {
  const seconds = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(seconds))
    return DEFAULT_REFRESH_SECONDS;
  return Math.min(MAX_REFRESH_SECONDS, Math.max(MIN_REFRESH_SECONDS, Math.round(seconds)));
}

/**
 * `GET /man-hinh-cho?tenant=<t>&branch=<id>[&refresh=<s>]`: the queue display board of a branch
 * for a TV in its waiting room. The page is a shell; its script reads the public GraphQL API.
 */
@Injectable()
export class QueueBoardRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tenants: PageTenantResolver,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      instance.get(QUEUE_BOARD_PATH, (req, reply) => this.board(req, reply));
      done();
    });
  }

  private async board(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const tenant = await this.tenants.resolve(req, queryField(req.query, 'tenant'));
    if (!tenant.ok) return sendPage(reply, 400, queueBoardProblemPage(tenant.message));
    const branchId = queryField(req.query, 'branch');
    if (branchId === undefined || !BRANCH_ID.test(branchId))
      return sendPage(reply, 400, queueBoardProblemPage(BOARD_MESSAGES.badBranch));
    return sendPage(
      reply,
      200,
      queueBoardPage({
        tenant: tenant.tenant,
        branchId,
        refreshSeconds: refreshSecondsOf(queryField(req.query, 'refresh')),
      }),
    );
  }
}
