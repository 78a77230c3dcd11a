import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { ReassignmentService } from './reassignment.service';

@Injectable()
export class AssignmentsHandler {
  constructor(private readonly reassignment: ReassignmentService) {}

  @RpcHandler('routing.assignment.reassign.v1')
  reassign(
    request: RpcParsedRequest<'routing.assignment.reassign.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.assignment.reassign.v1'>> {
    const { dossierCode, dossierId, handlerSubject, reason } = request;
    return this.reassignment.reassign(
      ctx.tenant!,
      { dossier: { dossierCode, dossierId }, handlerSubject, reason },
      ctx.actor,
    );
  }
}
