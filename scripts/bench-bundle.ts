// Benchmark helper: the production build's JavaScript, gzipped (node:zlib, level 9 as Vite's own report).
// "Initial" is what index.html loads before any dynamic import: its module script(s) and modulepreload links
// (cross-checked with the static-import closure of the entry). Everything else is loaded lazily; the chunk
// holding MSW (found through the source maps, else by content) is named apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string; // path under outDir, e.g. assets/index-abc.js
  raw: number; // bytes
  gzip: number; // bytes
  hasMsw: boolean;
}

export interface BundleReport {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  initialGzip: number;
  initialRaw: number;
  lazyGzip: number;
  mock: ChunkSize[]; // chunks that hold MSW (should be exactly one, and lazy)
  css: ChunkSize[];
  /** Files in the static-import closure of the entry that index.html does not preload (should be none). */
  notPreloaded: string[];
}

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

function holdsMsw(path: string): boolean {
  const map = `${path}.map`;
  if (existsSync(map)) {
    try {
      const sources = (JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] }).sources ?? [];
      return sources.some((source) => source.includes('node_modules/msw/'));
    } catch {
      // fall through to the content check
    }
  }
  return readFileSync(path, 'utf8').includes('mockServiceWorker');
}

function sizeOf(outDir: string, file: string): ChunkSize {
  const path = join(outDir, file);
  const buffer = readFileSync(path);
  return { file, raw: buffer.length, gzip: gz(buffer), hasMsw: file.endsWith('.js') && holdsMsw(path) };
}

/** Static imports of a built ES module chunk (minified: `from"./x.js"` and side-effect `import"./x.js"`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[\w.-]+\.js)["']/g)) if (match[1]) found.add(match[1].slice(2));
  return [...found];
}

export function analyseBundle(outDir: string): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*type="module"[^>]*>/g)].flatMap((m) => attr(m[0], 'src') ?? []);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].flatMap((m) => attr(m[0], 'href') ?? []);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => attr(m[0], 'href') ?? []);
  const local = (href: string) => href.replace(/^\//, '');
  const initialFiles = [...new Set([...scripts, ...preloads].map(local))];

  // Static-import closure of the entry script(s): everything here is fetched before the app runs.
  const closure = new Set<string>();
  const queue = scripts.map(local);
  while (queue.length) {
    const file = queue.pop();
    if (!file || closure.has(file)) continue;
    closure.add(file);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const dep of staticImports(readFileSync(join(outDir, file), 'utf8'))) queue.push(dir + dep);
  }
  const notPreloaded = [...closure].filter((file) => !initialFiles.includes(file));
  const initialSet = new Set([...initialFiles, ...closure]);

  const allJs = readdirSync(join(outDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  const initial = [...initialSet].map((file) => sizeOf(outDir, file)).sort((a, b) => b.gzip - a.gzip);
  const lazy = allJs
    .filter((file) => !initialSet.has(file))
    .map((file) => sizeOf(outDir, file))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (chunks: ChunkSize[], key: 'raw' | 'gzip') => chunks.reduce((total, chunk) => total + chunk[key], 0);
  return {
    initial,
    lazy,
    initialGzip: sum(initial, 'gzip'),
    initialRaw: sum(initial, 'raw'),
    lazyGzip: sum(lazy, 'gzip'),
    mock: [...initial, ...lazy].filter((chunk) => chunk.hasMsw),
    css: styles.map((href) => sizeOf(outDir, local(href))),
    notPreloaded,
  };
}
