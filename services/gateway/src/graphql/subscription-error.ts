import type { ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError, OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import type { DomainError } from '@motcua/contracts';

/** Whether the failing resolver is a subscription's (its subscribe step). */
export function isSubscription(host: ArgumentsHost): boolean {
  const info = GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo | undefined>();
  return info?.operation.operation === OperationTypeNode.SUBSCRIPTION;
}

/**
 * A refused subscription as mercurius sends it: the error itself, without the error formatter,
 * so the code must already be in `extensions`.
 */
export function subscriptionError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: error.details ? { code: error.code, details: error.details } : { code: error.code },
  });
}
