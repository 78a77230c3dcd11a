import { checkPersonalId, DomainError, ErrorCode, maskPersonalId } from '@motcua/contracts';
import type { JWTPayload } from 'jose';
import type { CitizenClaimNames } from '../config/issuers.schema';
import { assuranceLevel, type AssuranceLevel } from './assurance-level';

/** What a citizen issuer asserted about the person. */
export interface CitizenAssertion {
  personalId: string;
  displayName: string;
  assurance: AssuranceLevel;
}

/**
 * Reads the personal ID, name and assurance level from the claims named in the issuer's config.
 * Without a valid personal ID nobody can be told apart: UNAUTHENTICATED.
 */
export function readCitizenClaims(claims: JWTPayload, names: CitizenClaimNames): CitizenAssertion {
  const personalId = trimmed(claims[names.personalId]);
  if (personalId === undefined) {
    throw new DomainError(
      ErrorCode.Unauthenticated,
      `The citizen token carries no personal ID (claim ${names.personalId})`,
    );
  }
  const check = checkPersonalId(personalId);
  if (!check.valid) {
    throw new DomainError(
      ErrorCode.Unauthenticated,
      `The citizen token's personal ID is invalid: ${check.reason}`,
    );
  }
  return {
    personalId,
    // A name is expected; without one the masked ID is the least confusing stand-in.
    displayName: trimmed(claims[names.name]) ?? maskPersonalId(personalId),
    assurance: assuranceLevel(claims[names.assurance]),
  };
}

function trimmed(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
