import { Logger } from '@nestjs/common';
import type {
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
} from 'graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { GraphqlErrorCode } from './graphql-error-code';

const logger = new Logger('GraphQL');

/** What mercurius throws when it rejects a request before execution (parse, validation, depth). */
interface RejectedRequest {
  code: string;
  statusCode?: number;
  errors?: unknown[];
}

interface Formatted {
  error: GraphQLFormattedError;
  /** HTTP status this error alone calls for. */
  status: number;
}

/**
 * The one place errors reach GraphQL clients (the mercurius `errorFormatter`): every error gets
 * a stable `extensions.code`; domain errors keep their code, message and details; requests
 * rejected before execution answer 400; anything unexpected is logged and answered as INTERNAL
 * with a generic message. Stack traces never leave the process.
 */
export function formatGraphqlErrors(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
): {
  statusCode: number;
  response: FormattedExecutionResult;
} {
  const formatted = execution.errors.flatMap(formatError);
  const statusCode = execution.data ? 200 : Math.max(200, ...formatted.map((f) => f.status));
  return {
    statusCode,
    response: { data: execution.data ?? null, errors: formatted.map((f) => f.error) },
  };
}

function formatError(error: GraphQLError): Formatted[] {
  const original = error.originalError;
  if (DomainError.is(original)) return [fromDomainError(error, original)];
  if (isRejectedRequest(original)) {
    const status = clientStatus(original.statusCode);
    const inner = original.errors?.length ? original.errors : [original];
    return inner.map((e) => ({ error: rejected(e, original.code), status }));
  }
  if (!original) {
    // Errors graphql-js raises about the request itself (unknown operation, bad variables).
    return [{ error: rejected(error, undefined), status: 400 }];
  }
  logger.error(
    `unexpected error at ${error.path?.join('.') ?? '(request)'}: ${original.message}`,
    original.stack,
  );
  return [{ error: shape(error, 'Internal error', { code: ErrorCode.Internal }), status: 200 }];
}

function fromDomainError(error: GraphQLError, domain: DomainError): Formatted {
  const extensions = domain.details
    ? { code: domain.code, details: domain.details }
    : { code: domain.code };
  return { error: shape(error, domain.message, extensions), status: 200 };
}

/** A request refused before execution: its message is about the request, safe to return. */
function rejected(error: unknown, refusal: string | undefined): GraphQLFormattedError {
  const e = error as Partial<GraphQLError> & { code?: string };
  const message = typeof e.message === 'string' ? e.message : 'Bad request';
  return omitUndefined({
    message,
    locations: e.locations,
    extensions: { code: rejectionCode(message, e.code ?? refusal) },
  });
}

function rejectionCode(message: string, code: string | undefined): string {
  if (message.startsWith('Syntax Error')) return GraphqlErrorCode.ParseFailed;
  if (message.startsWith('Variable "$')) return GraphqlErrorCode.BadUserInput;
  if (code === undefined || code === 'MER_ERR_GQL_VALIDATION')
    return GraphqlErrorCode.ValidationFailed;
  return ErrorCode.BadRequest; // HTTP-level refusals: wrong method, malformed body
}

function isRejectedRequest(
  error: (Error & Partial<RejectedRequest>) | undefined,
): error is Error & RejectedRequest {
  return (
    typeof error?.code === 'string' &&
    typeof error.statusCode === 'number' &&
    error.statusCode >= 400 &&
    error.statusCode < 500
  );
}

function clientStatus(statusCode: number | undefined): number {
  return statusCode !== undefined && statusCode >= 400 && statusCode < 500 ? statusCode : 400;
}

function shape(
  error: GraphQLError,
  message: string,
  extensions: Record<string, unknown>,
): GraphQLFormattedError {
  return omitUndefined({ message, locations: error.locations, path: error.path, extensions });
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
