import { expect, openQueue, test } from './fixtures';

// Failures are staged by wrapping the page's fetch (the mock runs inside the page, behind a service worker,
// so Playwright's network routing never sees its answers).
test('When the queue cannot be loaded the operator sees why and a Retry button that recovers', async ({ page }) => {
  await page.addInitScript(() => {
    const original = window.fetch.bind(window);
    (window as unknown as { failLists: boolean }).failLists = true;
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if ((window as unknown as { failLists: boolean }).failLists && url.includes('/api/callbacks?')) {
        const body = { error: { code: 'internal', message: 'Something went wrong in the mock backend; nothing was changed.' } };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 500, headers: { 'Content-Type': 'application/json' } }));
      }
      return original(input, init);
    };
  });
  await page.goto('/callbacks?view=overdue');
  const error = page.getByRole('alert').filter({ hasText: 'The callbacks could not be loaded.' });
  await expect(error).toContainText('Something went wrong in the mock backend; nothing was changed.', { timeout: 15_000 });
  await page.evaluate(() => {
    (window as unknown as { failLists: boolean }).failLists = false;
  });
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-callback-row]').first()).toBeVisible();
});

test('After the demo data had to be reset, a dismissible notice says so', async ({ page }) => {
  const notice = 'The saved demo data could not be read, so it was reset to fresh demo data.';
  await page.addInitScript((text) => {
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/api/demo/status')) {
        return Promise.resolve(new Response(JSON.stringify({ notice: text, seed: 42, size: 300 }), { headers: { 'Content-Type': 'application/json' } }));
      }
      return original(input, init);
    };
  }, notice);
  await openQueue(page);
  await expect(page.getByText(notice)).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByText(notice)).toHaveCount(0);
});
