import { z } from 'zod';

/**
 * Electronic agency code (QCVN 102:2016): `V1V2V3.Z1Z2.Y1Y2.MX1X2`, e.g. `000.00.00.H49`.
 * Lower levels may hold letters (`000.A0.01.H26`).
 */
export const AGENCY_CODE_PATTERN = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$/;
export const agencyCodeSchema = z
  .string()
  .regex(AGENCY_CODE_PATTERN, 'agency code must look like 000.00.00.H26');
