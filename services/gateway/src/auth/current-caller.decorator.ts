import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';
import type { GatewayContext } from '../graphql/gateway-context';
import type { Caller } from './caller';

/** The caller the access guard settled for this operation. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => {
    const caller = GqlExecutionContext.create(context).getContext<GatewayContext>().caller;
    if (!caller)
      throw new DomainError(ErrorCode.Internal, 'no caller: the access guard did not run');
    return caller;
  },
);
