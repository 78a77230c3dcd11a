import { ErrorCode } from '@motcua/contracts';

/** HTTP answers of the inbound endpoint to the domain errors authentication and reception raise. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.DossierIncomplete]: 400,
  [ErrorCode.ProcedureNotAllowedHere]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.AssuranceTooLow]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.IdempotencyConflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Timeout]: 504,
  [ErrorCode.Unavailable]: 503,
};

export function inboundHttpStatus(code: ErrorCode): number {
  return STATUS[code] ?? 502;
}
