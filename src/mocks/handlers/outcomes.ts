// POST /api/call-outcomes — the single entry point of the dialer and the AI agent; the domain applies the rules.
import { http } from 'msw';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../domain/history';
import { recordOutcome } from '../../domain/outcomes';
import { OUTCOMES } from '../../domain/policy';
import { pairKey, toView } from '../../domain/state';
import type { Outcome } from '../../domain/types';
import type { MockStore } from '../store/mock-store';
import { instant, once, oneOf, requiredText, text } from './fields';
import { refusalError } from './http-errors';
import { route } from './http-route';
import { parseBody } from './validate';

const outcomeBody = once(() =>
  z.object({
    contactId: requiredText('contactId', 100),
    campaignId: requiredText('campaignId', 100),
    outcome: oneOf('outcome', OUTCOMES as unknown as readonly [Outcome, ...Outcome[]]),
    occurredAt: instant('occurredAt').optional(),
    callbackAt: instant('callbackAt').optional(),
    notes: text('notes', 2000).optional(),
  }),
);

export const outcomeHandlers = (ready: Promise<MockStore>) => [
  http.post(
    '*/api/call-outcomes',
    route(ready, ({ store, body }) => {
      const input = parseBody(outcomeBody(), body);
      const now = store.now();
      const result = recordOutcome(store.state, { ...input, occurredAt: input.occurredAt ?? now, actor: SYSTEM_ACTOR, now });
      if (!result.ok) throw refusalError(result.refusal);
      const touched = [result.callback, ...result.closed].flatMap((cb) => (cb ? [cb.id] : []));
      store.apply(result.state, { callbacks: touched, contacts: [input.contactId], pairs: [pairKey(input.contactId, input.campaignId)] });
      return {
        body: {
          callback: result.callback && toView(result.state, result.callback, true),
          closed: result.closed.map((cb) => toView(result.state, cb)),
          note: result.note,
        },
      };
    }),
  ),
];
