// Field validators with the sentences the API answers with ("limit must be a whole number between 1 and 500").
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time';

/** Builds a schema once, on first use (zod compiles a schema's parser; building one per request is slow). */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time with a zone (Z or ±hh:mm), normalised to UTC ("2026-11-24T15:00:00.000Z"). */
export const instant = (field: string) => {
  const message = `${field} must be an ISO-8601 date-time like 2026-11-24T15:00:00Z`;
  return z
    .string({ error: message })
    .refine((s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), { error: message })
    .transform((s) => new Date(s).toISOString());
};

export const text = (field: string, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be text`) })
    .max(max, { error: `${field} must be at most ${max} characters` });

export const requiredText = (field: string, max: number) =>
  text(field, max).refine((s) => s.trim() !== '', { error: `${field} must not be empty` });

export const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, {
    error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be one of ${values.join(', ')}`),
  });

export const timeZone = (field: string) => {
  const message = `${field} must be an IANA time zone like America/New_York`;
  return z.string({ error: message }).refine((tz) => isValidTimeZone(tz), { error: message });
};

/** A whole number in [min, max], from a query string. */
export const wholeNumberParam = (field: string, min: number, max: number) => {
  const message = `${field} must be a whole number between ${min} and ${max}`;
  return z
    .string()
    .regex(/^\d{1,9}$/, { error: message })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }));
};

export const wholeNumber = (field: string, min: number, max: number) => {
  const message = `${field} must be a whole number between ${min} and ${max}`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
};

export const booleanParam = (field: string) =>
  z.enum(['true', 'false'], { error: `${field} must be true or false` }).transform((v) => v === 'true');
