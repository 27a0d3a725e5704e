// Parse + validate request input with zod; the first problem becomes a 400 that names the field.
import type { z } from 'zod';
import { validationError } from './http-errors';

function fail(error: z.ZodError, fallbackField: string): never {
  const issues = error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : fallbackField,
    message: issue.message,
  }));
  const first = issues[0] ?? { field: fallbackField, message: `${fallbackField} is not valid` };
  throw validationError(first.message, first.field, issues);
}

/** Query parameters: the first value of each, empty values treated as absent (`?q=` is no search). */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value !== '' && !(key in raw)) raw[key] = value;
  const result = schema.safeParse(raw);
  if (!result.success) fail(result.error, 'query');
  return result.data;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError('The request body must be a JSON object.', 'body');
  }
  const result = schema.safeParse(body);
  if (!result.success) fail(result.error, 'body');
  return result.data;
}

/** The raw body as JSON; an empty body is an empty object. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationError('The request body is not valid JSON.', 'body');
  }
}
