// The project's performance benchmark (SPEC section 5): `npm run bench [-- options]`.
//   1. vite build into .bench/dist; gzip sizes of the initial JS (index.html's entry + modulepreloads) and of
//      the lazy chunks, the MSW chunk named apart.
//   2. vite preview of that build on 127.0.0.1:4191 (a process group, always killed at the end).
//   3. Chromium: first rows visible after navigation to /callbacks (fresh profile each run; then a reload).
//   4. The demo reset to 100,000 callbacks (supervisor, all agents), then view switches, search, scrolling and
//      heap size, each measured inside the page (performance.now(), no round trip to Node in the figures).
//   5. scripts/bench-api.ts (the mock API in Node, same handlers) for the server side of the same queries.
// Prints medians and their ratio to each target; writes .bench/results.json and .bench/report.txt only.
// Options: --runs N (default 7) · --quick (3 runs, no API bench) · --no-api · --skip-build (reuse .bench/dist of a --keep-dist run)
//          · --keep-dist (leave the builds in .bench/; by default they are removed) · --port N (4191)
//          · --http (also: a build with VITE_API_URL against the mock as a Node HTTP server on 127.0.0.1:8788,
//            so the UI's own cost can be told from the in-page mock's; +1–2 min).
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_TIME_ZONES, STORAGE_KEYS } from '../src/features/session/storage';
import { analyseBundle, type BundleReport } from './bench-bundle';
import {
  instrument,
  measureScroll,
  measureSearch,
  measureViewSwitch,
  readFirstRows,
  readMemory,
  scrollToTop,
  settle,
  snapshot,
  type ChangeResult,
  type FirstRows,
  type Memory,
  type ScrollResult,
} from './bench-page';
import { buildApp, startPreview, type Preview } from './bench-server';

// ---------------------------------------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const quick = flag('--quick');
const RUNS = Math.max(1, Number(option('--runs') ?? (quick ? 3 : 7)));
const RUN_API = !flag('--no-api') && !quick;
const BIG_LOADS = quick ? 1 : 3; // first rows with 100,000 callbacks: ~10 s each
const HTTP = flag('--http'); // also measure the UI against the mock as a Node HTTP server (no MSW in the page)

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, '.bench');
const OUT_DIR = join(BENCH_DIR, 'dist');
const HTTP_DIR = join(BENCH_DIR, 'dist-http');
const API_PORT = 8788;
// Not 4190: browsers and Node's fetch refuse it (the Fetch standard's "bad ports" list: ManageSieve).
const PORT = Number(option('--port') ?? 4191);
const BIG = 100_000;
const SEED = 7;
const SUPERVISOR = 'sup-1';
const VIEWS = ['overdue', 'today', 'week', 'all'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, string> = { overdue: 'Overdue', today: 'Due Today', week: 'This Week', all: 'All Pending' };
// Name and phone fragments that the seed's contacts hold (src/mocks/seed/people.ts); one per run, all different.
const FRAGMENTS = ['smith', 'garcia', 'nguyen', 'patel', 'tremblay', 'hughes', '415', 'emily', 'brown', 'young', 'schmidt', 'tanaka'];
const TARGET = { switchMs: 100, searchMs: 100, longTaskMs: 50, firstRowsMs: 1000, initialGzip: 150_000 };
const SWITCH_TIMEOUT = 20_000;

// ---------------------------------------------------------------------------------------------- output

const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const progress = (line: string) => process.stderr.write(`  · ${line}\n`);

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const range = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? `n=${s.length}, ${Math.round(Math.min(...s))}–${Math.round(Math.max(...s))}` : 'n=0';
};
const task = (x: number) => (x > 0 ? ms(x) : 'none > 50 ms');
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const verdict = (value: number, target: number) => (!Number.isFinite(value) ? 'n/a' : value <= target ? 'OK' : 'MISS');

/** "view switch overdue: median 42 ms (0.42× of 100 ms target) OK [n=7, 30–80]" */
function targetLine(name: string, xs: number[], target: number, extra = ''): string {
  const m = median(xs);
  const ratio = Number.isFinite(m) ? `${(m / target).toFixed(2)}× of ${target} ms target` : 'no sample';
  return `${name.padEnd(36)} median ${ms(m).padStart(8)} (${ratio}) ${verdict(m, target).padEnd(4)} [${range(xs)}]${extra ? ` ${extra}` : ''}`;
}
const infoLine = (name: string, xs: number[], extra = '') => `${name.padEnd(36)} median ${ms(median(xs)).padStart(8)} [${range(xs)}]${extra ? ` ${extra}` : ''}`;

// ---------------------------------------------------------------------------------------------- browser

async function launch(): Promise<Browser> {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
}
const CONTEXT = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

interface FirstRowsRun {
  first: FirstRows;
  reload: FirstRows;
}

async function benchFirstRows(browser: Browser, url: string, mockChunk: string | null): Promise<FirstRowsRun[]> {
  const runs: FirstRowsRun[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext(CONTEXT);
    try {
      const page = await context.newPage();
      await instrument(page);
      await page.goto(`${url}/callbacks`, { waitUntil: 'commit' });
      const first = await readFirstRows(page, mockChunk, 60_000);
      await settle(page, 300, 30_000);
      await page.reload({ waitUntil: 'commit' });
      const reload = await readFirstRows(page, mockChunk, 60_000);
      runs.push({ first, reload });
      progress(`first rows ${i + 1}/${RUNS}: fresh profile ${ms(first.firstRowFrame)}, reload ${ms(reload.firstRowFrame)}`);
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** Resets the in-page mock to 100,000 callbacks, signs in the supervisor (all agents) and reloads. */
async function loadBigQueue(page: Page, url: string, mockChunk: string | null): Promise<{ resetMs: number; firstRows: FirstRows }> {
  await page.goto(`${url}/callbacks`, { waitUntil: 'commit' });
  await readFirstRows(page, mockChunk, 60_000);
  await settle(page, 300, 30_000);
  const resetMs = await page.evaluate(
    async ({ seed, size, supervisor, keys }) => {
      const t0 = performance.now();
      const response = await fetch('/api/demo/reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-User-Id': supervisor },
        body: JSON.stringify({ seed, size }),
      });
      if (!response.ok) throw new Error(`demo reset failed: ${response.status} ${await response.text()}`);
      localStorage.setItem(keys.user, supervisor);
      localStorage.setItem(keys.timeZone, 'America/New_York');
      return performance.now() - t0;
    },
    { seed: SEED, size: BIG, supervisor: SUPERVISOR, keys: STORAGE_KEYS },
  );
  progress(`reset to ${BIG} callbacks: ${ms(resetMs)}`);
  await page.reload({ waitUntil: 'commit' });
  const firstRows = await readFirstRows(page, mockChunk, 180_000);
  await settle(page, 500, 60_000);
  return { resetMs, firstRows };
}

interface SwitchSample {
  view: View;
  from: View;
  kind: 'cold' | 'warm';
  timeZone: string;
  result: ChangeResult;
}

async function selectedView(page: Page): Promise<View> {
  const selected = (await snapshot(page)).selected;
  const view = VIEWS.find((v) => v === selected);
  if (!view) throw new Error(`no queue view is selected (${selected})`);
  return view;
}

async function switchTo(page: Page, view: View, kind: 'cold' | 'warm', timeZone: string, samples: SwitchSample[]): Promise<void> {
  const from = await selectedView(page);
  if (from === view) return;
  await scrollToTop(page);
  const result = await measureViewSwitch(page, view, SWITCH_TIMEOUT);
  samples.push({ view, from, kind, timeZone, result });
  if (result.timedOut) progress(`switch ${from} → ${view} (${kind}): no new rows within ${SWITCH_TIMEOUT} ms`);
  await settle(page, 300);
}

/**
 * Cold: the first visit of a view with these filters (react-query has nothing cached: the request goes to the
 * mock, then the table renders). Each round picks another operator time zone (part of every query key, so
 * every view is uncached again), starting from another view so each view is measured cold as often.
 * Warm: switching back to views already loaded (rows come from the cache; a refetch may follow).
 */
async function benchViewSwitches(page: Page): Promise<SwitchSample[]> {
  const samples: SwitchSample[] = [];
  const rounds = Math.ceil((RUNS * VIEWS.length) / (VIEWS.length - 1));
  const zones = COMMON_TIME_ZONES.filter((zone) => zone !== 'America/New_York');
  for (let round = 0; round < rounds; round += 1) {
    const start = VIEWS[round % VIEWS.length] ?? 'overdue';
    const zone = zones[round % zones.length] ?? 'UTC';
    await page.evaluate((view) => document.querySelector<HTMLElement>(`[role="tab"][id$="-tab-${view}"]`)?.click(), start);
    await settle(page, 300);
    await page.getByLabel('Your time zone').selectOption(zone);
    await settle(page, 500);
    for (let step = 1; step <= VIEWS.length; step += 1) {
      const view = VIEWS[(round + step) % VIEWS.length] ?? 'overdue';
      await switchTo(page, view, step < VIEWS.length ? 'cold' : 'warm', zone, samples);
    }
    progress(`view switches round ${round + 1}/${rounds} (${zone}) done`);
  }
  const zone = zones[(rounds - 1) % zones.length] ?? 'UTC';
  for (let rep = 0; rep < RUNS; rep += 1) {
    for (const view of VIEWS) await switchTo(page, view, 'warm', zone, samples);
  }
  progress(`warm view switches done`);
  return samples;
}

interface SearchSample {
  text: string;
  kind: 'search' | 'clear';
  result: ChangeResult;
}

async function benchSearch(page: Page): Promise<SearchSample[]> {
  const samples: SearchSample[] = [];
  await switchTo(page, 'all', 'warm', '', []);
  await settle(page, 500);
  for (const text of FRAGMENTS.slice(0, Math.max(RUNS, Math.min(7, FRAGMENTS.length)))) {
    await scrollToTop(page);
    samples.push({ text, kind: 'search', result: await measureSearch(page, text, SWITCH_TIMEOUT) });
    await settle(page, 300);
    await scrollToTop(page);
    samples.push({ text, kind: 'clear', result: await measureSearch(page, '', SWITCH_TIMEOUT) });
    await settle(page, 300);
    const last = samples.at(-2)?.result;
    progress(`search "${text}": ${ms(last?.frame ?? NaN)} (${last ? Number(last.after.rowcount ?? 1) - 1 : '?'} matches)`);
  }
  return samples;
}

/** Main-thread time by kind during one pass (Chromium's Performance.getMetrics, seconds → ms). */
interface MainThread {
  script: number;
  layout: number;
  style: number;
  tasks: number;
}

async function benchScroll(page: Page): Promise<(ScrollResult & { mainThread: MainThread | null })[]> {
  await switchTo(page, 'all', 'warm', '', []);
  await settle(page, 500);
  const cdp = await page.context().newCDPSession(page);
  const metrics = async () => {
    try {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => (list.find((m) => m.name === name)?.value ?? NaN) * 1000;
      return { script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration'), tasks: get('TaskDuration') };
    } catch {
      return null;
    }
  };
  await cdp.send('Performance.enable').catch(() => undefined);
  const results: (ScrollResult & { mainThread: MainThread | null })[] = [];
  // Three passes as the target asks (60 × 800 px: a hard fling), then one at wheel-like speed (120 × 200 px).
  for (let pass = 0; pass < 4; pass += 1) {
    const before = await metrics();
    const result = pass < 3 ? await measureScroll(page, 60, 800) : await measureScroll(page, 120, 200);
    const after = await metrics();
    const mainThread =
      before && after ? { script: after.script - before.script, layout: after.layout - before.layout, style: after.style - before.style, tasks: after.tasks - before.tasks } : null;
    results.push({ ...result, mainThread });
    await settle(page, 500);
    progress(`scroll pass ${pass + 1}/4: ${result.longTasks} long tasks`);
  }
  await cdp.detach().catch(() => undefined);
  return results;
}

function runApiBench(): Promise<string> {
  return new Promise((resolveRun) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'bench-api.ts'), String(BIG), String(RUNS)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolveRun(`bench-api could not run: ${error.message}`));
    child.on('close', (code) => resolveRun(code === 0 ? output.trim() : `bench-api exited with ${code}:\n${output.trim()}`));
  });
}

interface HttpBackendRun {
  firstRows: FirstRowsRun[];
  switches: SwitchSample[];
  resetMs: number;
}

/**
 * The same UI built with VITE_API_URL, talking over HTTP to the mock as a Node server (src/mocks/node/http-server,
 * in this process): no MSW, no service worker, and the mock's work off the page's main thread.
 */
async function benchHttpBackend(browser: Browser): Promise<HttpBackendRun> {
  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  progress(`vite build with VITE_API_URL=${apiUrl} → .bench/dist-http`);
  await buildApp(ROOT, HTTP_DIR, { VITE_API_URL: apiUrl });
  const { startMockServer } = await import('../src/mocks/node/http-server');
  const server = await startMockServer({ port: API_PORT, host: '127.0.0.1' });
  let preview: Preview | null = null;
  try {
    preview = await startPreview(ROOT, HTTP_DIR, PORT + 1);
    progress(`HTTP backend: preview on ${preview.url}, API on ${apiUrl}`);
    const firstRows = await benchFirstRows(browser, preview.url, null);
    const t0 = performance.now();
    const response = await fetch(`${apiUrl}/api/demo/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-User-Id': SUPERVISOR },
      body: JSON.stringify({ seed: SEED, size: BIG }),
    });
    if (!response.ok) throw new Error(`demo reset failed: ${response.status} ${await response.text()}`);
    const resetMs = performance.now() - t0;
    progress(`HTTP backend: reset to ${BIG} callbacks in ${ms(resetMs)}`);
    const context = await browser.newContext(CONTEXT);
    try {
      const page = await context.newPage();
      await instrument(page);
      await page.goto(`${preview.url}/callbacks`, { waitUntil: 'commit' });
      await readFirstRows(page, null, 60_000);
      await page.evaluate(
        ({ keys, supervisor }) => {
          localStorage.setItem(keys.user, supervisor);
          localStorage.setItem(keys.timeZone, 'America/New_York');
        },
        { keys: STORAGE_KEYS, supervisor: SUPERVISOR },
      );
      await page.reload({ waitUntil: 'commit' });
      await readFirstRows(page, null, 120_000);
      await settle(page, 500, 60_000);
      const switches = await benchViewSwitches(page);
      return { firstRows, switches, resetMs };
    } finally {
      await context.close();
    }
  } finally {
    if (preview) await preview.stop();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------- report

function reportBundle(bundle: BundleReport): void {
  say('Bundle (production build; gzip level 9 as in Vite\'s report; 1 kB = 1000 bytes)');
  say(
    `${'initial JS (entry + modulepreloads)'.padEnd(36)} ${kb(bundle.initialGzip).padStart(10)} gzip (${(bundle.initialGzip / TARGET.initialGzip).toFixed(2)}× of 150 kB target) ${verdict(bundle.initialGzip, TARGET.initialGzip)}` +
      `  [${bundle.initial.length} files, ${kb(bundle.initialRaw)} minified, ${(bundle.initialGzip / 1024).toFixed(1)} KiB gzip]`,
  );
  for (const chunk of bundle.initial) say(`    ${chunk.file.padEnd(44)} ${kb(chunk.gzip).padStart(10)} gzip  ${kb(chunk.raw).padStart(10)} min`);
  const mock = bundle.mock;
  const mockInInitial = mock.filter((chunk) => bundle.initial.includes(chunk));
  say(
    `${'mock (MSW) chunk'.padEnd(36)} ${mock.map((chunk) => `${chunk.file} ${kb(chunk.gzip)} gzip (${kb(chunk.raw)} min)`).join(', ') || 'not found'} — ` +
      (mock.length === 1 && !mockInInitial.length ? 'own lazy chunk OK' : `MISS (${mock.length} chunk(s) with MSW, ${mockInInitial.length} in the initial JS)`),
  );
  say(`${'other lazy chunks'.padEnd(36)} ${kb(bundle.lazyGzip - mock.reduce((t, c) => t + c.gzip, 0)).padStart(10)} gzip in ${bundle.lazy.length - mock.length} files (largest: ${bundle.lazy.filter((c) => !c.hasMsw).slice(0, 3).map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')})`);
  const share = (list: BundleReport['initialContributors']) => list.map((c) => `${c.name} ${kb(c.bytes)}`).join(', ');
  say(`    largest sources of the initial JS (minified bytes, from source maps): ${share(bundle.initialContributors)}`);
  say(`    largest sources of the MSW chunk: ${share(bundle.mockContributors)}`);
  if (bundle.notPreloaded.length) say(`    note: static imports of the entry not preloaded by index.html: ${bundle.notPreloaded.join(', ')}`);
  say(`${'CSS'.padEnd(36)} ${bundle.css.map((c) => `${c.file} ${kb(c.gzip)} gzip`).join(', ')}`);
}

function reportFirstRows(runs: FirstRowsRun[], bundle: BundleReport | null): void {
  const pick = (key: 'first' | 'reload', field: keyof Pick<FirstRows, 'firstRow' | 'firstRowFrame' | 'domContentLoaded' | 'mockChunkLoaded' | 'firstApiRequest' | 'maxLongTask'>) =>
    runs.map((run) => run[key][field] ?? NaN);
  say(targetLine('first visit (fresh profile)', pick('first', 'firstRowFrame'), TARGET.firstRowsMs));
  say(
    `    milestones (medians): DOMContentLoaded ${ms(median(pick('first', 'domContentLoaded')))} · MSW chunk loaded ${ms(median(pick('first', 'mockChunkLoaded')))}` +
      ` · first API request ${ms(median(pick('first', 'firstApiRequest')))} · first row in DOM ${ms(median(pick('first', 'firstRow')))} · longest task before it ${ms(median(pick('first', 'maxLongTask')))}`,
  );
  say(targetLine('repeat visit (reload)', pick('reload', 'firstRowFrame'), TARGET.firstRowsMs));
  say(
    `    milestones (medians): DOMContentLoaded ${ms(median(pick('reload', 'domContentLoaded')))} · MSW chunk loaded ${ms(median(pick('reload', 'mockChunkLoaded')))}` +
      ` · first API request ${ms(median(pick('reload', 'firstApiRequest')))} · first row in DOM ${ms(median(pick('reload', 'firstRow')))} · longest task before it ${ms(median(pick('reload', 'maxLongTask')))}`,
  );
  if (!bundle) return;
  const files = runs[0]?.first.jsFiles ?? [];
  const sizes = new Map([...bundle.initial, ...bundle.lazy].map((chunk) => [chunk.file, chunk.gzip]));
  const critical = files.reduce((total, file) => total + (sizes.get(file) ?? 0), 0);
  say(`    JS fetched before the first row: ${files.length} files, ${kb(critical)} gzip (initial JS + MSW chunk + lazy chunks the first screen needs)`);
}

function reportSwitches(samples: SwitchSample[]): void {
  for (const kind of ['cold', 'warm'] as const) {
    for (const view of VIEWS) {
      const mine = samples.filter((s) => s.kind === kind && s.view === view);
      const timeouts = mine.filter((s) => s.result.timedOut).length;
      const api = mine.map((s) => s.result.api ?? NaN);
      const extra = [
        kind === 'cold' ? `api ${ms(median(api))}` : '',
        `in DOM ${ms(median(mine.map((s) => s.result.commit)))}`,
        `longest task ${task(median(mine.map((s) => s.result.maxLongTask)))}`,
        timeouts ? `${timeouts} undetected` : '',
      ].filter(Boolean);
      say(targetLine(`view switch ${VIEW_LABELS[view]} (${kind})`, mine.map((s) => s.result.frame), TARGET.switchMs, `(${extra.join(', ')})`));
    }
  }
  const all = (kind: 'cold' | 'warm') => samples.filter((s) => s.kind === kind).map((s) => s.result.frame);
  say(targetLine('view switch, all views (cold)', all('cold'), TARGET.switchMs));
  say(targetLine('view switch, all views (warm)', all('warm'), TARGET.switchMs));
  const cold = samples.filter((s) => s.kind === 'cold' && !s.result.timedOut);
  const at = (pick: (r: ChangeResult) => number | null) => ms(median(cold.map((s) => pick(s.result) ?? NaN)));
  say(
    `    cold switch timeline (medians from the click): request sent ${at((r) => r.apiStart)} · answer ${at((r) => r.apiEnd)}` +
      ` · rows in DOM ${at((r) => r.commit)} · painted ${at((r) => r.frame)}`,
  );
  const checked = samples.filter((s) => !s.result.timedOut);
  const agrees = (a: ChangeResult['after']) => (a.empty ? Number(a.count) === 0 : a.rowcount !== null && Number(a.rowcount) - 1 === Number(a.count));
  const matching = checked.filter((s) => agrees(s.result.after));
  const empty = checked.filter((s) => s.result.after.empty).length;
  say(
    `    check: the table's row count equals the tab's count when the rows were detected in ${matching.length}/${checked.length} switches` +
      (empty ? ` (${empty} to an empty view: its empty state was shown)` : ''),
  );
}

function reportSearch(samples: SearchSample[]): void {
  const searches = samples.filter((s) => s.kind === 'search');
  const clears = samples.filter((s) => s.kind === 'clear');
  const debounce = searches.map((s) => s.result.urlAt ?? NaN);
  const afterDebounce = searches.map((s) => s.result.frame - (s.result.urlAt ?? NaN));
  say('Search (All Pending, 100,000 callbacks; the fragment pasted as one input event → matching rows painted)');
  say(targetLine('search, input → rows (with debounce)', searches.map((s) => s.result.frame), TARGET.searchMs));
  say(infoLine('    of which the debounce (→ URL)', debounce));
  say(
    targetLine('search after the debounce (URL → rows)', afterDebounce, TARGET.searchMs, `(api ${ms(median(searches.map((s) => s.result.api ?? NaN)))}, longest task ${task(median(searches.map((s) => s.result.maxLongTask)))})`),
  );
  const ok = searches.filter((s) => !s.result.timedOut);
  const at = (pick: (r: ChangeResult) => number | null) => ms(median(ok.map((s) => pick(s.result) ?? NaN)));
  say(
    `    timeline (medians from the input event): URL updated ${at((r) => r.urlAt)} · request sent ${at((r) => r.apiStart)} · answer ${at((r) => r.apiEnd)}` +
      ` · rows in DOM ${at((r) => r.commit)} · painted ${at((r) => r.frame)}`,
  );
  const hits = ok.filter((s) => fold(s.result.after.firstText).includes(fold(s.text)) || s.result.after.empty);
  say(`    check: the first row shown holds the fragment in ${hits.length}/${searches.length} searches`);
  say(infoLine('clear search (cached), input → rows', clears.map((s) => s.result.frame)));
  say(`    fragments: ${searches.map((s) => `${s.text} (${Number(s.result.after.rowcount ?? 1) - 1})`).join(', ')}`);
}

function reportScroll(results: (ScrollResult & { mainThread: MainThread | null })[]): void {
  say('Scrolling (All Pending, from the top, one animation frame per step: passes 1–3 60 × 800 px, pass 4 120 × 200 px)');
  results.forEach((r, i) => {
    const worst = r.maxLongTask;
    const name = `scroll pass ${i + 1}${i === 0 ? ' (loads pages)' : ''}${i === 3 ? ' (200 px steps)' : ''}`;
    say(
      `${name.padEnd(36)} ${r.longTasks} long tasks, max ${task(worst)} (${(worst / TARGET.longTaskMs).toFixed(2)}× of 50 ms) ${r.longTasks === 0 ? 'OK' : 'MISS'}` +
        `  [longest frame ${ms(r.maxFrameGap)}, ${r.framesOver50} frames > 50 ms, ${Math.round(r.scrolledPx)}/${r.requestedPx} px in ${ms(r.durationMs)}, ${r.pagesFetched} pages fetched, reached row ${r.lastRowReached ?? '?'}]`,
    );
    const m = r.mainThread;
    if (m)
      say(
        `    main thread busy ${ms(m.tasks)} in the pass (${ms(r.durationMs)} of scrolling, then settling): script ${ms(m.script)}, layout ${ms(m.layout)}, style ${ms(m.style)}, other ${ms(m.tasks - m.script - m.layout - m.style)}`,
      );
    const longest = [...r.tasks].sort((a, b) => b.duration - a.duration).slice(0, 6);
    if (longest.length)
      say(
        `    longest: ${longest.map((t) => `${ms(t.duration)} at +${Math.round(t.at)} ms${t.duringFetch ? ' (page fetch/render)' : ''}${t.gc ? ' (GC)' : ''}`).join(', ')}` +
          (r.tasks.length > longest.length ? ` … (${r.tasks.length} in all; every one in .bench/results.json)` : ''),
      );
  });
  const all = results.slice(0, 3).flatMap((r) => r.tasks);
  say(
    `${'scrolling, passes 1–3'.padEnd(36)} ${all.length} long tasks, max ${task(Math.max(0, ...all.map((t) => t.duration)))} ${all.length === 0 ? 'OK' : 'MISS'}` +
      ` (${all.filter((t) => t.duringFetch).length} while a page of rows was fetched and rendered; the heap shrank across ${all.filter((t) => t.gc).length}: a GC ran in them)`,
  );
}

function reportMemory(name: string, memory: Memory): void {
  const mb = (bytes: number | null) => (bytes === null || !Number.isFinite(bytes) ? 'n/a' : `${(bytes / 1e6).toFixed(0)} MB`);
  say(`${name.padEnd(36)} used ${mb(memory.used)} (after GC ${mb(memory.usedAfterGc)}), allocated ${mb(memory.total)}`);
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(BENCH_DIR, { recursive: true });
  // Also when interrupted (Ctrl+C): no stale build is left behind for a later --skip-build.
  if (!flag('--keep-dist'))
    process.once('exit', () => {
      rmSync(OUT_DIR, { recursive: true, force: true });
      rmSync(HTTP_DIR, { recursive: true, force: true });
    });
  const loadAtStart = loadavg()[0] ?? NaN;
  if (loadAtStart > 2 * cpus().length)
    progress(`load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs: other work will inflate every figure (compare only runs at a similar load)`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAtStart };

  if (!flag('--skip-build') || !existsSync(join(OUT_DIR, 'index.html'))) {
    progress('vite build → .bench/dist');
    await buildApp(ROOT, OUT_DIR);
  }
  const bundle = analyseBundle(OUT_DIR);
  results.bundle = bundle;
  const mockChunk = bundle.mock[0]?.file ?? null;

  let preview: Preview | null = null;
  let browser: Browser | null = null;
  try {
    preview = await startPreview(ROOT, OUT_DIR, PORT);
    progress(`vite preview on ${preview.url}`);
    browser = await launch();
    results.browser = `Chromium ${browser.version()}`;

    const firstRows = await benchFirstRows(browser, preview.url, mockChunk);
    results.firstRows = firstRows;

    const context = await browser.newContext(CONTEXT);
    const page = await context.newPage();
    await instrument(page);
    const big = await loadBigQueue(page, preview.url, mockChunk);
    results.big = big;
    const memoryLoaded = await readMemory(page);
    const start = await snapshot(page);
    results.bigStart = start;
    progress(`100k queue loaded: first row ${ms(big.firstRows.firstRowFrame)} after reload; ${Number(start.rowcount ?? 1) - 1} overdue`);

    const switches = await benchViewSwitches(page);
    results.switches = switches;
    const search = await benchSearch(page);
    results.search = search;
    const scroll = await benchScroll(page);
    results.scroll = scroll;
    const memoryEnd = await readMemory(page);
    results.memory = { loaded: memoryLoaded, end: memoryEnd };
    const bigLoads = [big.firstRows];
    for (let i = 1; i < BIG_LOADS; i += 1) {
      await page.reload({ waitUntil: 'commit' });
      bigLoads.push(await readFirstRows(page, mockChunk, 180_000));
      await settle(page, 500, 60_000);
      progress(`reload with ${BIG} callbacks ${i + 1}/${BIG_LOADS}: ${ms(bigLoads.at(-1)?.firstRowFrame ?? NaN)}`);
    }
    results.bigLoads = bigLoads;
    await context.close();
    await preview.stop();
    preview = null;
    const http = HTTP ? await benchHttpBackend(browser) : null;
    results.http = http;
    await browser.close();
    browser = null;

    const api = RUN_API ? (progress('scripts/bench-api.ts (mock API in Node)'), await runApiBench()) : null;
    results.api = api;

    say('');
    say(`Performance benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${results.browser as string} headless · ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}) · ${RUNS} runs`);
    const loadAtEnd = loadavg()[0] ?? NaN;
    results.loadAtEnd = loadAtEnd;
    say(
      `Load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${cpus().length} CPUs` +
        (Math.max(loadAtStart, loadAtEnd) > cpus().length ? ' — the machine was busy: figures are inflated by other work' : ''),
    );
    say('Times are medians of in-page performance.now() deltas (brackets: sample count and min–max).');
    say('');
    reportBundle(bundle);
    say('');
    say('First rows visible (default demo data, 1280×800, in-page time since navigation start, next frame after the first row)');
    reportFirstRows(firstRows, bundle);
    say(
      infoLine(
        'first rows, 100,000 callbacks (reload)',
        bigLoads.map((load) => load.firstRowFrame),
        `(no target; MSW chunk loaded ${ms(median(bigLoads.map((l) => l.mockChunkLoaded ?? NaN)))}, first API request ${ms(median(bigLoads.map((l) => l.firstApiRequest ?? NaN)))}, longest task ${ms(median(bigLoads.map((l) => l.maxLongTask)))}; the demo reset to 100,000 took ${ms(big.resetMs)})`,
      ),
    );
    say('');
    say('View switch (100,000 callbacks, supervisor = all agents; click → rows of the new view painted)');
    reportSwitches(switches);
    say('');
    reportSearch(search);
    say('');
    reportScroll(scroll);
    say('');
    say('JS heap (performance.memory, precise; the in-page mock holds the 100,000 callbacks in this heap)');
    reportMemory('after load with 100,000', memoryLoaded);
    reportMemory('after the benchmark', memoryEnd);
    if (http) {
      say('');
      say(`HTTP backend (--http): the same UI built with VITE_API_URL, the mock as a Node HTTP server on 127.0.0.1:${API_PORT}; no MSW in the page`);
      say('First rows visible (default demo data)');
      reportFirstRows(http.firstRows, null);
      say(`View switch (100,000 callbacks; reset over HTTP took ${ms(http.resetMs)})`);
      reportSwitches(http.switches);
    }
    if (api) {
      say('');
      say('Mock API in Node (scripts/bench-api.ts: same handlers, no browser, no rendering)');
      for (const line of api.split('\n')) if (line.trim() && !line.startsWith('npm warn')) say(`    ${line}`);
    }
    say('');
    say(`total benchmark time ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    if (preview) await preview.stop();
    writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (lines.length) writeFileSync(join(BENCH_DIR, 'report.txt'), `${lines.join('\n')}\n`);
  }
}

await main();
