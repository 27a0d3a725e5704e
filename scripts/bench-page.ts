// Benchmark helper: what runs inside the page. installInstrumentation() is added as an init script (before the
// app's own scripts) and keeps, in window.__bench: every fetch (start/end, in-flight count), every history
// push/replace (the queue's search and view live in the URL), every long task, and the moment the first
// queue row reached the DOM. The measure* functions run in the page too (page.evaluate), so every figure is
// page time (performance.now(), 0 = navigation start) with no round trip to Node in it.
import type { Page } from '@playwright/test';

export interface FetchRecord {
  url: string;
  start: number;
  end: number | null;
}

/** What the queue shows, read from the DOM (no data attribute says "these rows are the answer to that query"). */
export interface QueueSnapshot {
  selected: string | null; // the selected tab's view (from its id: …-tab-<view>)
  rowcount: string | null; // the table's aria-rowcount (total + 1)
  first: string | null; // callback id of the row with data-index 0
  rows: number; // rows in the DOM (virtualised)
  loading: boolean; // the loading skeleton (role=status) is shown
  empty: boolean; // no table and no skeleton: the empty (or error) state
  count: string | null; // the selected tab's count (summary endpoint, same filters)
  firstText: string; // text of the first row, lower-cased (to check a search hit)
}

export interface ChangeResult {
  timedOut: boolean;
  commit: number; // ms from t0 until the DOM showed the change (MutationObserver)
  frame: number; // ms from t0 until the frame after it (rAF, then a task: the change has been painted)
  after: QueueSnapshot;
  api: number | null; // duration of the /api/callbacks request started after t0 (the mock answers on the main thread)
  apiStart: number | null; // ms from t0 until that request was sent …
  apiEnd: number | null; // … and until its answer arrived
  urlAt: number | null; // ms from t0 until the URL changed (search: the debounce)
  maxLongTask: number; // longest long task between t0 and the frame
}

interface BenchState {
  fetches: FetchRecord[];
  inflight: number;
  lastFetchEnd: number;
  urls: { url: string; at: number }[];
  longtasks: { start: number; duration: number }[];
  firstRowAt: number | null;
  firstRowFrameAt: number | null;
  emptyAt: number | null;
  afterFrame: () => Promise<number>;
  snapshot: () => QueueSnapshot;
  waitForChange: (before: QueueSnapshot, extra: (s: QueueSnapshot) => boolean, timeoutMs: number) => Promise<{ at: number; frameAt: number } | null>;
  settle: (quietMs: number, timeoutMs: number) => Promise<boolean>;
  result: (t0: number, change: { at: number; frameAt: number } | null, apiMatch: string) => ChangeResult;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

/** tsx compiles with keepNames, so functions handed to the page call __name(): give the page a no-op one. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || function (f) { return f; };';

export function installInstrumentation(): void {
  const afterFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const snapshot = (): QueueSnapshot => {
    const panel = document.querySelector('[role="tabpanel"]');
    const table = panel?.querySelector('table') ?? null;
    const loading = Boolean(panel?.querySelector('[role="status"]'));
    const tab = document.querySelector('[role="tab"][aria-selected="true"]');
    const selected = tab ? tab.id.replace(/^.*-tab-/, '') : null;
    const firstRow = panel?.querySelector('tr[data-index="0"]');
    return {
      selected,
      rowcount: table?.getAttribute('aria-rowcount') ?? null,
      first: firstRow?.getAttribute('data-callback-row') ?? null,
      rows: panel?.querySelectorAll('tr[data-callback-row]').length ?? 0,
      loading,
      empty: Boolean(panel) && !table && !loading,
      count: selected ? (document.querySelector(`[data-testid="count-${selected}"]`)?.textContent ?? null) : null,
      firstText: (firstRow?.textContent ?? '').toLowerCase(),
    };
  };
  const state: BenchState = {
    fetches: [],
    inflight: 0,
    lastFetchEnd: 0,
    urls: [],
    longtasks: [],
    firstRowAt: null,
    firstRowFrameAt: null,
    emptyAt: null,
    afterFrame,
    snapshot,
    waitForChange: (before, extra, timeoutMs) =>
      new Promise((resolve) => {
        let done = false;
        const changed = (s: QueueSnapshot) =>
          !s.loading && (s.rowcount !== before.rowcount || s.first !== before.first || s.empty !== before.empty) && extra(s);
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => finish(null), timeoutMs);
        const finish = (at: number | null) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          if (at === null) resolve(null);
          else void afterFrame().then((frameAt) => resolve({ at, frameAt }));
        };
        const check = () => {
          if (!done && changed(snapshot())) finish(performance.now());
        };
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        queueMicrotask(check);
      }),
    settle: async (quietMs, timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const quiet = state.inflight === 0 && performance.now() - state.lastFetchEnd >= quietMs && !snapshot().loading;
        if (quiet) {
          await afterFrame();
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    result: (t0, change, apiMatch) => {
      const end = change ? change.frameAt : performance.now();
      const call = state.fetches.find((f) => f.start >= t0 && f.url.includes(apiMatch));
      const url = state.urls.find((u) => u.at >= t0);
      const longest = state.longtasks.filter((t) => t.start + t.duration >= t0 && t.start <= end).reduce((max, t) => Math.max(max, t.duration), 0);
      return {
        timedOut: change === null,
        commit: change ? change.at - t0 : NaN,
        frame: change ? change.frameAt - t0 : NaN,
        after: snapshot(),
        api: call && call.end !== null ? call.end - call.start : null,
        apiStart: call ? call.start - t0 : null,
        apiEnd: call && call.end !== null ? call.end - t0 : null,
        urlAt: url ? url.at - t0 : null,
        maxLongTask: longest,
      };
    },
  };
  window.__bench = state;

  const originalFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const record: FetchRecord = { url, start: performance.now(), end: null };
    state.fetches.push(record);
    state.inflight += 1;
    const done = () => {
      record.end = performance.now();
      state.lastFetchEnd = record.end;
      state.inflight -= 1;
    };
    return originalFetch(input, init).then(
      (response) => {
        done();
        return response;
      },
      (error: unknown) => {
        done();
        throw error;
      },
    );
  };

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
      state.urls.push({ url: String(url ?? ''), at: performance.now() });
      original(data, unused, url);
    };
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the scroll figures say 0
  }

  const firstRows = new MutationObserver(() => {
    if (document.querySelector('tr[data-callback-row]')) {
      state.firstRowAt = performance.now();
      firstRows.disconnect();
      void afterFrame().then((at) => (state.firstRowFrameAt = at));
    }
  });
  firstRows.observe(document, { childList: true, subtree: true });
}

export async function instrument(page: Page): Promise<void> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installInstrumentation);
}

export interface FirstRows {
  firstRow: number; // ms since navigation start: first queue row in the DOM
  firstRowFrame: number; // … and the frame after it
  domContentLoaded: number;
  mockChunkLoaded: number | null; // responseEnd of the MSW chunk
  firstApiRequest: number | null; // the first /api/ request (MSW is listening by then)
  maxLongTask: number; // longest task before the first row
  jsFiles: string[]; // scripts fetched before the first row
}

/** Waits for the first queue row of the current document and reads the load milestones. */
export async function readFirstRows(page: Page, mockChunk: string | null, timeoutMs: number): Promise<FirstRows> {
  await page.waitForFunction(() => window.__bench?.firstRowFrameAt != null, undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate((mock) => {
    const b = window.__bench;
    const firstRow = b.firstRowAt ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const mockEntry = mock ? resources.find((r) => r.name.endsWith(mock)) : undefined;
    const api = b.fetches.find((f) => f.url.includes('/api/'));
    return {
      firstRow,
      firstRowFrame: b.firstRowFrameAt ?? NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      mockChunkLoaded: mockEntry ? mockEntry.responseEnd : null,
      firstApiRequest: api ? api.start : null,
      maxLongTask: b.longtasks.filter((t) => t.start < firstRow).reduce((max, t) => Math.max(max, t.duration), 0),
      jsFiles: resources.filter((r) => r.name.endsWith('.js') && r.startTime < firstRow).map((r) => new URL(r.name).pathname.replace(/^\//, '')),
    };
  }, mockChunk);
}

export const settle = (page: Page, quietMs = 400, timeoutMs = 60_000) =>
  page.evaluate(({ quietMs, timeoutMs }) => window.__bench.settle(quietMs, timeoutMs), { quietMs, timeoutMs });

export const snapshot = (page: Page) => page.evaluate(() => window.__bench.snapshot());

export const scrollToTop = (page: Page) =>
  page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid="queue-scroll"]');
    if (scroller) scroller.scrollTop = 0;
    await window.__bench.afterFrame();
  });

/** Clicks a view's tab (element.click(), t0 just before) and waits until the rows of that view are shown. */
export function measureViewSwitch(page: Page, view: string, timeoutMs: number): Promise<ChangeResult> {
  return page.evaluate(
    async ({ view, timeoutMs }) => {
      const b = window.__bench;
      const tab = document.querySelector<HTMLElement>(`[role="tab"][id$="-tab-${view}"]`);
      if (!tab) throw new Error(`no tab for view ${view}`);
      const before = b.snapshot();
      const t0 = performance.now();
      const waiting = b.waitForChange(before, (s) => s.selected === view, timeoutMs);
      tab.click();
      return b.result(t0, await waiting, '/api/callbacks?');
    },
    { view, timeoutMs },
  );
}

/** Puts text into the search box as one input event (a paste) and waits until the rows reflect it. */
export function measureSearch(page: Page, text: string, timeoutMs: number): Promise<ChangeResult> {
  return page.evaluate(
    async ({ text, timeoutMs }) => {
      const b = window.__bench;
      const input = document.querySelector<HTMLInputElement>('[role="search"] input[type="search"]');
      if (!input) throw new Error('no search box');
      const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      if (!descriptor?.set) throw new Error('no value setter');
      const before = b.snapshot();
      const t0 = performance.now();
      const waiting = b.waitForChange(before, () => true, timeoutMs);
      descriptor.set.call(input, text); // the native setter, so React sees a change
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return b.result(t0, await waiting, '/api/callbacks?');
    },
    { text, timeoutMs },
  );
}

export interface ScrollResult {
  longTasks: number;
  /** at: ms since the scroll started; gc: the JS heap shrank across the task (a garbage collection ran in it). */
  tasks: { at: number; duration: number; duringFetch: boolean; gc: boolean }[];
  maxLongTask: number;
  longTasksOver50: number; // every long task is > 50 ms by definition; kept for clarity
  maxFrameGap: number; // longest time between two animation frames while scrolling
  framesOver50: number;
  durationMs: number;
  scrolledPx: number;
  requestedPx: number;
  pagesFetched: number;
  lastRowReached: number | null; // highest data-index rendered at the end
}

/** Scrolls the virtualised list in steps (one animation frame per step) and collects the long tasks. */
export function measureScroll(page: Page, steps: number, stepPx: number): Promise<ScrollResult> {
  return page.evaluate(
    async ({ steps, stepPx }) => {
      const b = window.__bench;
      const scroller = document.querySelector<HTMLElement>('[data-testid="queue-scroll"]');
      if (!scroller) throw new Error('no queue scroll container');
      scroller.scrollTop = 0;
      await b.afterFrame();
      await b.afterFrame();
      const t0 = performance.now();
      let previous = t0;
      let maxFrameGap = 0;
      let framesOver50 = 0;
      // The heap size at every frame (precise with --enable-precise-memory-info): a drop means a GC ran since the last frame.
      const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      const heapAt: { at: number; used: number }[] = [{ at: t0, used: heap() }];
      for (let step = 0; step < steps; step += 1) {
        scroller.scrollTop += stepPx;
        const now = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        heapAt.push({ at: now, used: heap() });
        maxFrameGap = Math.max(maxFrameGap, now - previous);
        if (now - previous > 50) framesOver50 += 1;
        previous = now;
      }
      const scrollEnd = performance.now();
      const sampler = setInterval(() => heapAt.push({ at: performance.now(), used: heap() }), 16);
      await b.settle(500, 30_000); // pages still loading and their rendering count too
      clearInterval(sampler);
      heapAt.push({ at: performance.now(), used: heap() });
      const collected = (start: number, end: number) => {
        const before = [...heapAt].reverse().find((h) => h.at <= start);
        const after = heapAt.find((h) => h.at >= end);
        return Boolean(before && after && after.used < before.used - 1_000_000);
      };
      const tasks = b.longtasks.filter((t) => t.start + t.duration >= t0);
      const indexes = [...document.querySelectorAll('tr[data-index]')].map((row) => Number(row.getAttribute('data-index')));
      const calls = b.fetches.filter((f) => f.start >= t0 && f.url.includes('/api/'));
      return {
        longTasks: tasks.length,
        tasks: tasks.map((t) => ({
          at: t.start - t0,
          duration: t.duration,
          duringFetch: calls.some((f) => t.start + t.duration >= f.start && t.start <= (f.end ?? Infinity) + 50),
          gc: collected(t.start, t.start + t.duration),
        })),
        maxLongTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
        longTasksOver50: tasks.filter((t) => t.duration > 50).length,
        maxFrameGap,
        framesOver50,
        durationMs: scrollEnd - t0,
        scrolledPx: scroller.scrollTop,
        requestedPx: steps * stepPx,
        pagesFetched: b.fetches.filter((f) => f.start >= t0 && f.url.includes('/api/callbacks?')).length,
        lastRowReached: indexes.length ? Math.max(...indexes) : null,
      };
    },
    { steps, stepPx },
  );
}

export interface Memory {
  used: number;
  total: number;
  usedAfterGc: number | null;
}

export async function readMemory(page: Page): Promise<Memory> {
  const read = () =>
    page.evaluate(() => {
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number; totalJSHeapSize: number } }).memory;
      return { used: memory?.usedJSHeapSize ?? NaN, total: memory?.totalJSHeapSize ?? NaN };
    });
  const before = await read();
  let usedAfterGc: number | null = null;
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    usedAfterGc = (await read()).used;
  } catch {
    // not Chromium over CDP
  }
  return { ...before, usedAfterGc };
}
