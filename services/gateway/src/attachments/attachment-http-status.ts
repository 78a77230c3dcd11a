import { ErrorCode } from '@motcua/contracts';

/** HTTP answers of the attachment routes for the domain errors reception may raise. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.ValidationFailed]: 422,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.Timeout]: 504,
  [ErrorCode.Unavailable]: 503,
};

export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code] ?? 502;
}
