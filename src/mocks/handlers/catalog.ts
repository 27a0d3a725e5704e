// Campaigns, contacts, users and the signed-in user.
import { http } from 'msw';
import { z } from 'zod';
import { createCampaign, createContact, setCampaignStatus } from '../../domain/catalog';
import type { MockStore } from '../store/mock-store';
import { searchContacts } from '../store/contact-search';
import { once, oneOf, requiredText, text } from './fields';
import { notFound, refusalError } from './http-errors';
import { route } from './http-route';
import { parseBody, parseQuery } from './validate';

const campaignBody = once(() => z.object({ name: requiredText('name', 120) }));
const campaignPatch = once(() => z.object({ status: oneOf('status', ['active', 'paused', 'ended']) }));
const contactQuery = once(() => z.object({ q: text('q', 200).optional() }));
const contactBody = once(() =>
  z.object({
    name: requiredText('name', 120),
    phone: requiredText('phone', 20),
    timezone: requiredText('timezone', 64),
    kind: oneOf('kind', ['business', 'consumer']),
  }),
);

const campaignsWithCounts = (store: MockStore) => {
  const counts = store.index.countsByCampaign(store.now());
  return [...store.state.campaigns.values()].map((c) => ({ ...c, ...(counts.get(c.id) ?? { activeCallbacks: 0, overdue: 0 }) }));
};

export const catalogHandlers = (ready: Promise<MockStore>) => [
  http.get('*/api/users', route(ready, ({ store }) => ({ body: [...store.state.users.values()] }), { auth: false })),
  http.get('*/api/me', route(ready, ({ user }) => ({ body: user }))),

  http.get('*/api/campaigns', route(ready, ({ store }) => ({ body: campaignsWithCounts(store) }))),
  http.post(
    '*/api/campaigns',
    route(ready, ({ store, user, body }) => {
      const { name } = parseBody(campaignBody(), body);
      const result = createCampaign(store.state, { name: name.trim(), user });
      if (!result.ok) throw refusalError(result.refusal);
      store.apply(result.state, {});
      return { status: 201, body: { ...result.campaign, activeCallbacks: 0, overdue: 0 } };
    }),
  ),
  http.patch(
    '*/api/campaigns/:id',
    route(ready, ({ store, user, body, params }) => {
      const { status } = parseBody(campaignPatch(), body);
      const result = setCampaignStatus(store.state, { campaignId: params.id ?? '', status, user, now: store.now() });
      if (!result.ok) throw refusalError(result.refusal);
      store.apply(result.state, {});
      const campaign = campaignsWithCounts(store).find((c) => c.id === result.campaign.id);
      return { body: campaign ?? result.campaign };
    }),
  ),

  http.get(
    '*/api/contacts',
    route(ready, ({ store, url }) => {
      const { q } = parseQuery(contactQuery(), url.searchParams);
      return { body: searchContacts(store.state.contacts.values(), q) };
    }),
  ),
  http.get(
    '*/api/contacts/:id',
    route(ready, ({ store, params }) => {
      const contact = store.state.contacts.get(params.id ?? '');
      if (!contact) throw notFound(`There is no contact "${params.id}".`);
      return { body: contact };
    }),
  ),
  http.post(
    '*/api/contacts',
    route(ready, ({ store, body }) => {
      const input = parseBody(contactBody(), body);
      const result = createContact(store.state, input);
      if (!result.ok) throw refusalError(result.refusal);
      store.apply(result.state, { contacts: [result.contact.id] });
      return { status: 201, body: result.contact };
    }),
  ),
];
