// The API's error shape: { "error": { "code", "message", "details"? } } (+ extra top-level fields such as `current`).
import type { Refusal } from '../../domain/types';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'rule'
  | 'idempotency-mismatch'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    const error = { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
    return { error, ...this.extra };
  }
}

export const validationError = (message: string, field?: string, issues?: unknown): ApiError =>
  new ApiError(400, 'validation', message, field === undefined ? undefined : { field, ...(issues ? { issues } : {}) });

export const notFound = (message: string): ApiError => new ApiError(404, 'not-found', message);

const REFUSAL_STATUS: Record<Refusal['code'], [number, ErrorCode]> = {
  invalid: [400, 'validation'],
  forbidden: [403, 'forbidden'],
  'not-found': [404, 'not-found'],
  stale: [409, 'conflict'],
  'wrong-state': [409, 'conflict'],
  rule: [422, 'rule'],
};

/** A domain refusal as an HTTP error. Conflicts say which kind (`details.reason`) and may carry the current callback. */
export function refusalError(refusal: Refusal, current?: unknown): ApiError {
  const [status, code] = REFUSAL_STATUS[refusal.code];
  if (refusal.code === 'invalid') return validationError(refusal.message, refusal.field ?? 'body');
  if (status === 409) {
    return new ApiError(status, code, refusal.message, { reason: refusal.code }, current === undefined ? undefined : { current });
  }
  return new ApiError(status, code, refusal.message);
}
