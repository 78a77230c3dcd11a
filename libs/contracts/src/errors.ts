import { z } from 'zod';

/**
 * Stable error codes. They travel over NATS as `{ code, message }` and reach GraphQL clients as
 * `extensions.code`; never rename one, add new ones instead.
 */
export const ErrorCode = {
  BadRequest: 'BAD_REQUEST',
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  IdempotencyConflict: 'IDEMPOTENCY_CONFLICT',
  TenantUnknown: 'TENANT_UNKNOWN',
  ProcedureNotAllowedHere: 'PROCEDURE_NOT_ALLOWED_HERE',
  SequenceExhausted: 'SEQUENCE_EXHAUSTED',
  /** The dossier's current status does not allow the requested step. */
  IllegalTransition: 'ILLEGAL_TRANSITION',
  RateLimited: 'RATE_LIMITED',
  /** The queue ticket's current status does not allow the requested step. */
  QueueTicketState: 'QUEUE_TICKET_STATE',
  /** A required component of the procedure was not handed in; details list each one. */
  DossierIncomplete: 'DOSSIER_INCOMPLETE',
  /** The procedure needs a higher e-ID assurance level than the applicant signed in with. */
  AssuranceTooLow: 'ASSURANCE_TOO_LOW',
  /** A sign-in code, refresh token or client credential is unknown, used, expired or revoked. */
  InvalidGrant: 'INVALID_GRANT',
  Timeout: 'TIMEOUT',
  Unavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** The error shape on every transport. `details` carries field paths for validation errors. */
export const rpcErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RpcErrorBody = z.infer<typeof rpcErrorSchema>;

/**
 * A domain error with a stable code. Services throw it; transports map it (NATS reply,
 * GraphQL `extensions.code`). It carries no HTTP or GraphQL notion.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: RpcErrorBody['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): RpcErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static is(value: unknown): value is DomainError {
    return value instanceof DomainError;
  }
}

/** Turns zod issues into a VALIDATION_FAILED domain error listing every bad field. */
export function validationError(issues: readonly z.core.$ZodIssue[], what = 'input'): DomainError {
  const details = issues.map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new DomainError(ErrorCode.ValidationFailed, `Invalid ${what}: ${summary}`, details);
}

/** Parses with a contract schema or throws VALIDATION_FAILED. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what?: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues, what);
  return result.data;
}
