// Demo controls: reset the data, move the demo clock, read and dismiss the status notice.
import { http } from 'msw';
import { z } from 'zod';
import { createState } from '../../domain/state';
import type { MockStore } from '../store/mock-store';
import { DEFAULT_SEED, DEFAULT_SIZE, MAX_SIZE, generateDemoData } from '../seed/demo-data';
import { instant, once, wholeNumber } from './fields';
import { route } from './http-route';
import { parseBody } from './validate';

const clock = (store: MockStore) => ({ now: store.now(), offsetMs: store.meta.clockOffsetMs });
const status = (store: MockStore) => ({ notice: store.meta.notice, seed: store.meta.seed, size: store.meta.size, storage: store.storageKind });

const resetBody = once(() =>
  z.object({
    seed: wholeNumber('seed', 0, 9_999_999_999).default(DEFAULT_SEED),
    size: wholeNumber('size', 1, MAX_SIZE).default(DEFAULT_SIZE),
  }),
);

const clockBody = once(() =>
  z.object({ now: instant('now').nullable().refine((v) => v !== undefined, { error: 'now is required: an ISO-8601 date-time, or null for real time' }) }),
);

export const demoHandlers = (ready: Promise<MockStore>) => [
  http.post(
    '*/api/demo/reset',
    route(ready, ({ store, body }) => {
      const { seed, size } = parseBody(resetBody(), body);
      const now = store.now();
      const created = createState(generateDemoData({ seed, size, now }));
      if (!created.ok) throw new Error(`Demo data breaks an invariant: ${created.message}`);
      store.replace(created.state, { seed, size, clockOffsetMs: store.meta.clockOffsetMs, notice: null });
      return { body: { seed, size, now } };
    }),
  ),

  http.get('*/api/demo/clock', route(ready, ({ store }) => ({ body: clock(store) }))),
  http.post(
    '*/api/demo/clock',
    route(ready, ({ store, body }) => {
      const { now } = parseBody(clockBody(), body);
      store.setMeta({ clockOffsetMs: now === null ? 0 : Date.parse(now) - Date.now() });
      return { body: clock(store) };
    }),
  ),

  http.get('*/api/demo/status', route(ready, ({ store }) => ({ body: status(store) }))),
  http.post(
    '*/api/demo/status/dismiss',
    route(ready, ({ store }) => {
      store.setMeta({ notice: null });
      return { body: status(store) };
    }),
  ),
];
