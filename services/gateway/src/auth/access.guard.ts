import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';
import type { GatewayContext } from '../graphql/gateway-context';
import { ACCESS_POLICY } from './access.decorator';
import { authorize, type AccessPolicy, type FieldArgs } from './access-policy';
import { CallerResolver } from './caller-resolver.service';

/**
 * Runs before every GraphQL operation: authenticates, settles the tenant, applies the field's
 * access policy and leaves the caller in the context. A field without a policy is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true; // health endpoints
    const gql = GqlExecutionContext.create(context);
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has no access policy`,
      );
      throw new DomainError(ErrorCode.Forbidden, 'Operation not allowed');
    }
    const ctx = gql.getContext<GatewayContext>();
    const caller = await this.callers.resolve(ctx.req, policy);
    if (policy.kind === 'signed-in') {
      const operation = gql.getInfo<GraphQLResolveInfo>().operation.operation;
      authorize(policy, caller.principal!, gql.getArgs<FieldArgs>(), operation);
    }
    ctx.caller = caller;
    return true;
  }
}
