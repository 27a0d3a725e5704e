// SPEC 5 budget check: the initial JavaScript (index.html's entry script + its modulepreload links, i.e. what
// loads before any dynamic import) must stay under 150 kB gzipped, and MSW must not be part of it.
//   npx tsx scripts/bundle-size.ts                     builds into .tmp-bundle-size-<pid>, measures, removes it
//   npx tsx scripts/bundle-size.ts --skip-build DIR    measures an existing build (e.g. dist)
// Prints each initial file and the total (gzip level 9 with node:zlib, 1 kB = 1000 bytes); exits 1 above the
// limit or when MSW is in the initial set. The measuring itself is scripts/bench-bundle.ts (shared with bench).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { analyseBundle } from './bench-bundle';

export const LIMIT_GZIP = 150_000;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const args = process.argv.slice(2);
const skip = args.indexOf('--skip-build');
const outDir = skip >= 0 ? (args[skip + 1] ?? 'dist') : `.tmp-bundle-size-${process.pid}`;

if (skip < 0) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('bundle-size: the build failed');
    process.exit(1);
  }
}

try {
  const report = analyseBundle(outDir);
  for (const chunk of report.initial) {
    console.log(`  ${chunk.file.padEnd(44)} ${kb(chunk.gzip).padStart(9)} gzip ${kb(chunk.raw).padStart(9)} min`);
  }
  const mswInitial = report.initial.filter((chunk) => chunk.hasMsw);
  const mswLazy = report.lazy.filter((chunk) => chunk.hasMsw);
  console.log(
    `  MSW: ${mswInitial.length ? `IN THE INITIAL SET (${mswInitial.map((c) => c.file).join(', ')})` : `lazy, ${mswLazy.map((c) => `${c.file} ${kb(c.gzip)} gzip`).join(', ') || 'not in this build'}`}`,
  );
  const ok = report.initialGzip <= LIMIT_GZIP && mswInitial.length === 0;
  console.log(
    `initial JS: ${kb(report.initialGzip)} gzip in ${report.initial.length} files (limit ${kb(LIMIT_GZIP)}) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (skip < 0) rmSync(outDir, { recursive: true, force: true });
}
