// The mock backend in the browser: MSW's service worker + handlers, data in IndexedDB.
// Requests wait for the store to load (handlers await it), so the app never sees a half-loaded backend.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers/all-handlers';
import { MemoryStorage } from './store/memory-storage';
import type { MockStore } from './store/mock-store';
import { openStore } from './store/open-store';
import { openIndexedDbStorage } from './store/indexeddb-storage';

const NO_STORAGE_NOTICE = 'This browser does not allow saving the demo data, so changes last until the page reloads.';

async function loadStore(): Promise<MockStore> {
  try {
    return await openStore(await openIndexedDbStorage());
  } catch (error) {
    console.warn('[mock] IndexedDB unavailable; keeping the demo data in memory', error);
    return openStore(new MemoryStorage(null, false), { notice: NO_STORAGE_NOTICE });
  }
}

export async function startMockBackend(): Promise<void> {
  const ready = loadStore();
  const worker = setupWorker(...createHandlers(ready));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
}
