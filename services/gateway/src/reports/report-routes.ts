import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DomainError,
  ErrorCode,
  StaffRole,
  isoDate,
  parseOrThrow,
  reportDimensionSchema,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { requestTraceparent } from '../telemetry/request-span';
import { bearerToken } from '../auth/bearer-token';
import { actorOf } from '../auth/caller';
import { PlatformTokenVerifier } from '../auth/platform-token.verifier';
import { reportCsv, reportXlsx } from './report-export';
import { dossierReportRequest } from './report-request';

/** The query parameters of an export: as `dossierReport`'s input, `groupBy` comma-separated. */
const exportQuerySchema = z.object({
  from: isoDate,
  to: isoDate,
  groupBy: z
    .string()
    .max(100)
    .optional()
    .transform((s) => (s ? s.split(',').map((d) => d.trim().toUpperCase()) : []))
    .pipe(z.array(reportDimensionSchema)),
  branchId: z.string().min(1).max(100).optional(),
  agencyCode: z.string().min(1).max(40).optional(),
  procedureCode: z.string().min(1).max(60).optional(),
  fieldCode: z.string().min(1).max(20).optional(),
});

const READERS: readonly string[] = [
  StaffRole.Supervisor,
  StaffRole.Auditor,
  StaffRole.TenantAdmin,
  StaffRole.Approver,
];

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
};

type ExportRequest = FastifyRequest<{ Querystring: Record<string, string> }>;

/**
 * `GET /reports/dossiers.csv` and `/reports/dossiers.xlsx`: the `dossierReport` rows as a file,
 * with the same bearer token and the same access (reception decides agencies again).
 */
@Injectable()
export class ReportRoutes implements OnModuleInit {
  private readonly logger = new Logger(ReportRoutes.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: PlatformTokenVerifier,
    private readonly rpc: RpcClient,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get('/reports/dossiers.csv', (req: ExportRequest, reply) =>
      this.export(req, reply, 'csv'),
    );
    fastify.get('/reports/dossiers.xlsx', (req: ExportRequest, reply) =>
      this.export(req, reply, 'xlsx'),
    );
  }

  private async export(
    req: ExportRequest,
    reply: FastifyReply,
    format: 'csv' | 'xlsx',
  ): Promise<FastifyReply> {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new DomainError(ErrorCode.Unauthenticated, 'Bearer access token required');
      const principal = await this.tokens.verify(token);
      if (principal.kind !== 'STAFF' || !principal.roles.some((r) => READERS.includes(r)))
        throw new DomainError(
          ErrorCode.Forbidden,
          'reports are for supervisors, auditors, tenant administrators and agency heads',
        );
      const query = parseOrThrow(exportQuerySchema, req.query ?? {}, 'query');
      const { rows, totals } = await this.rpc.request(
        'reception.report.dossiers.v1',
        dossierReportRequest(query),
        {
          tenant: principal.tenant,
          actor: actorOf(principal),
          traceparent: requestTraceparent(req),
        },
      );
      const name = `bao-cao-ho-so-${query.from}-${query.to}.${format}`;
      return reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .type(
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .send(format === 'csv' ? reportCsv(rows, totals) : reportXlsx(rows, totals));
    } catch (err) {
      if (err instanceof DomainError) return reply.code(STATUS[err.code] ?? 500).send(err.toBody());
      this.logger.error(
        `report export failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      return reply.code(500).send({ code: ErrorCode.Internal, message: 'internal error' });
    }
  }
}
