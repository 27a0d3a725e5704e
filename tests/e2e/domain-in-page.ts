// Runs the domain's window rules inside the page, where the mock ran them: the browser's time-zone data can
// differ from Node's (Debian's Chromium and Node 20 disagree about America/Vancouver in November 2026), and a
// check must use the same data as the decision it checks. src/domain/windows.ts is bundled once (Vite's build
// API, no config, nothing written) and injected as a script.
import type { Page } from '@playwright/test';
import { build, type Rollup } from 'vite';

let bundle: Promise<string> | null = null;

function windowsBundle(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/domain/windows.ts', name: 'cqWindows', formats: ['iife'] },
    },
  }).then((out) => {
    const first = (Array.isArray(out) ? out[0] : out) as Rollup.RollupOutput;
    const chunk = first.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
    if (!chunk) throw new Error('The domain bundle is empty.');
    return chunk.code;
  });
  return bundle;
}

export interface WindowCheck {
  at: string;
  contact: { timezone: string; kind: 'business' | 'consumer' };
}

/** isInsidePreferredWindow(at, contact) for each item, evaluated in the page's JavaScript engine. */
export async function insidePreferredWindowInPage(
  page: Page,
  items: readonly WindowCheck[],
): Promise<boolean[]> {
  await page.addScriptTag({ content: await windowsBundle() });
  return page.evaluate(
    (list) => {
      const domain = (
        window as unknown as { cqWindows: { isInsidePreferredWindow: (at: string, c: object) => boolean } }
      ).cqWindows;
      return list.map((item) => domain.isInsidePreferredWindow(item.at, item.contact));
    },
    [...items],
  );
}
