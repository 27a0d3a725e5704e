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
  /** Where the minified bytes come from (source maps), by npm package or src/ folder: what to split or lazy-load. */
  initialContributors: Contributor[];
  mockContributors: Contributor[];
}

export interface Contributor {
  name: string;
  bytes: number; // minified bytes (not gzip: gzip cannot be split by source)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const ownerOf = (source: string) => {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (npm?.[1]) return npm[1];
  const app = /(?:^|\/)(src\/(?:[^/]+\/)?[^/]+)\//.exec(source);
  return app?.[1] ?? source.replace(/^(\.\.\/)+/, '');
};

/** Minified bytes per package / src folder of some chunks, from their source maps (largest first). */
function contributors(outDir: string, files: string[], top: number): Contributor[] {
  const bytes = new Map<string, number>();
  for (const file of files) {
    const mapPath = join(outDir, `${file}.map`);
    if (!existsSync(mapPath)) continue;
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
    const lines = readFileSync(join(outDir, file), 'utf8').split('\n');
    let source = 0;
    map.mappings.split(';').forEach((line, lineIndex) => {
      const segments = line ? line.split(',').map(decodeVlq) : [];
      let column = 0;
      segments.forEach((segment, i) => {
        column += segment[0] ?? 0;
        if (segment.length > 1) source += segment[1] ?? 0;
        const next = segments[i + 1];
        const end = next ? column + (next[0] ?? 0) : (lines[lineIndex]?.length ?? column);
        const owner = segment.length > 1 ? ownerOf(map.sources[source] ?? '?') : '(bundler glue)';
        bytes.set(owner, (bytes.get(owner) ?? 0) + (end - column));
      });
    });
  }
  return [...bytes]
    .map(([name, count]) => ({ name, bytes: count }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
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
    initialContributors: contributors(outDir, initial.map((chunk) => chunk.file), 10),
    mockContributors: contributors(
      outDir,
      [...initial, ...lazy].filter((chunk) => chunk.hasMsw).map((chunk) => chunk.file),
      6,
    ),
  };
}
