import { z } from 'zod';

// Shapes of the identifiers and names people type in: what is not one of them is refused at the
// edge with VALIDATION_FAILED, before it reaches a log line, a header, a file name or a form.

/** A person's full name: letters (any script, with their diacritics), spaces and . ' - only. */
export const personNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2)
      .max(200)
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u, "a name has letters, spaces and . ' - only"),
  );

/** A client's idempotency key: a token such as a UUID, as HTTP `Idempotency-Key` values are. */
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'letters, digits and . _ : - only');

/** A catalog identifier typed by a client (branch id such as `hn-ba-dinh`, unit code `00070`). */
export const catalogIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits and . _ - only');

/** The name of an uploaded file: one name, never a path, without control or shell characters. */
export const fileNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(255)
      .regex(/^[\p{L}\p{M}\p{N}_(][\p{L}\p{M}\p{N} _.,()[\]+-]*$/u, 'a file name, not a path')
      .refine((name) => !name.includes('..'), 'a file name, not a path'),
  );
