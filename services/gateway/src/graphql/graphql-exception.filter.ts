import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { isSubscription, subscriptionError } from './subscription-error';

const HTTP_STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BadRequest,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
};

/**
 * The last catch of every resolver and guard: domain errors go on to the error formatter as
 * they are; anything else is logged here, with its stack, and becomes a generic INTERNAL.
 * A subscription refused when it starts skips the formatter, so its error carries the code
 * itself. HTTP routes (health) keep Nest's own handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const error = this.domainError(exception);
    // graphql-js treats a returned Error like a thrown one.
    return isSubscription(host) ? subscriptionError(error) : error;
  }

  private domainError(exception: unknown): DomainError {
    if (DomainError.is(exception)) return exception;
    if (exception instanceof HttpException && HTTP_STATUS_CODES[exception.getStatus()]) {
      return new DomainError(HTTP_STATUS_CODES[exception.getStatus()], exception.message);
    }
    const err = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error(`resolver failed: ${err.message}`, err.stack);
    return new DomainError(ErrorCode.Internal, 'Internal error');
  }
}
