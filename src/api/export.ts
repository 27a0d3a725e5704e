// GET /api/callbacks/export.csv: every row of a view (same filters and order as the list), as CSV.
import { apiBaseUrl } from '../app/start-backend';
import { ApiError, withQuery } from './client';
import type { CallbackListParams } from './keys';

export function exportCsvPath(params: CallbackListParams): string {
  return withQuery('/api/callbacks/export.csv', {
    view: params.view,
    tz: params.tz,
    q: params.q,
    campaignId: params.campaignId,
    agentId: params.agentId,
    outcome: params.outcome,
    type: params.type,
    stale: params.stale,
    age: params.age,
    sort: params.sort,
  });
}

/** Fetches the CSV as the given user (X-User-Id); errors arrive as ApiError like every other call. */
export async function fetchCallbacksCsv(
  params: CallbackListParams,
  userId: string,
  signal?: AbortSignal,
): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl}${exportCsvPath(params)}`, {
      headers: { Accept: 'text/csv', 'X-User-Id': userId },
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http',
      body?.error?.message ?? `The export failed (${response.status}).`,
    );
  }
  return response.blob();
}
