// With VITE_API_URL set, the app talks to that backend and MSW is never loaded.
// Otherwise the in-browser mock starts first (lazily, in its own chunk), in dev and in the production build.
export const apiBaseUrl: string = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') ?? '';

export async function startBackend(): Promise<void> {
  if (apiBaseUrl) return;
  const { startMockBackend } = await import('../mocks/browser');
  await startMockBackend();
}
