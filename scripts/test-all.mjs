// One command for every test: the unit and contract suites (with domain coverage) under UTC, the rules
// suite again under two more host time zones, the initial-JavaScript budget (scripts/bundle-size.ts, one
// check), then the browser stories. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const runs = [
  { name: 'unit + contract (TZ=UTC, with coverage)', tz: 'UTC', cmd: ['vitest', 'run', '--coverage'] },
  { name: 'rules (TZ=America/New_York)', tz: 'America/New_York', cmd: ['vitest', 'run', 'src/domain'] },
  { name: 'rules (TZ=Pacific/Chatham)', tz: 'Pacific/Chatham', cmd: ['vitest', 'run', 'src/domain'] },
];
const only = process.argv[2]; // "unit" or "e2e"
let passed = 0;
let failed = 0;
let exitCode = 0;
let bundleFigure = null;

if (only !== 'e2e') {
  runs.forEach((run, i) => {
    console.log(`\n=== ${run.name} ===`);
    const file = `${out}/vitest-${i}.json`;
    const res = spawnSync('npx', [...run.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
      stdio: 'inherit',
      env: { ...process.env, TZ: run.tz },
    });
    if (res.status !== 0) exitCode = 1;
    try {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      failed += 1; // the run did not even report
    }
  });

  console.log('\n=== initial JavaScript (SPEC 5: under 150 kB gzipped) ===');
  const size = spawnSync('npx', ['tsx', 'scripts/bundle-size.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(size.stdout ?? '');
  bundleFigure = /^initial JS: .*$/m.exec(size.stdout ?? '')?.[0] ?? 'initial JS: not measured (the build failed)';
  if (size.status === 0) passed += 1;
  else {
    failed += 1;
    exitCode = 1;
  }
}

if (only !== 'unit') {
  console.log('\n=== browser stories (Playwright, Chromium) ===');
  const file = `${out}/playwright.json`;
  const res = spawnSync('npx', ['playwright', 'test'], {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  if (res.status !== 0) exitCode = 1;
  try {
    const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
    passed += stats.expected + (stats.flaky ?? 0);
    failed += stats.unexpected;
  } catch {
    failed += 1;
  }
}

if (bundleFigure) console.log(`\n${bundleFigure}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
