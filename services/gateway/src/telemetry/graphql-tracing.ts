import { SpanStatusCode } from '@opentelemetry/api';
import { Kind, getOperationAST, type FieldNode } from 'graphql';
import type { MercuriusContext, onResolutionHookHandler, preExecutionHookHandler } from 'mercurius';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { SpanAttribute, isServerFault, maskPersonalData } from '@motcua/platform';
import { requestSpan } from './request-span';

/** The operation the client asked for, among the document's (by `operationName` if several). */
function operationNameOf(context: MercuriusContext): string | undefined {
  const body = context.reply.request.body as { operationName?: unknown } | undefined;
  return typeof body?.operationName === 'string' ? body.operationName : undefined;
}

/**
 * Names the request's span after the GraphQL operation (`mutation submitDossier`): its type and
 * name, or its first root field when the operation has no name.
 */
export const traceOperation: preExecutionHookHandler = (_schema, document, context) => {
  const span = requestSpan(context.reply.request);
  const operation = getOperationAST(document, operationNameOf(context));
  if (!span || !operation) return;
  const name = operation.name?.value;
  const firstField = operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD,
  );
  span.updateName(`${operation.operation} ${name ?? firstField?.name.value ?? ''}`.trim());
  span.setAttribute(SpanAttribute.graphqlOperationType, operation.operation);
  if (name) span.setAttribute(SpanAttribute.graphqlOperationName, name);
};

/**
 * Records the GraphQL errors of the answer on the request's span (HTTP 200 all the same): each as
 * an exception event with its code, and an error status when one is the platform's fault.
 */
export const traceErrors: onResolutionHookHandler = (execution, context) => {
  const span = requestSpan(context.reply.request);
  if (!span || !execution.errors?.length) return;
  const codes = execution.errors.map((error) => {
    const original = error.originalError;
    const code = DomainError.is(original) ? original.code : error.extensions?.code;
    return typeof code === 'string' ? code : ErrorCode.Internal;
  });
  execution.errors.forEach((error, i) =>
    span.recordException({ name: codes[i], message: maskPersonalData(error.message) }),
  );
  span.setAttribute(SpanAttribute.errorType, [...new Set(codes)].join(','));
  if (codes.some(isServerFault))
    span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
};
