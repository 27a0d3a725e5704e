// Collects the demo data contact by contact, keeping exactly `size` callbacks.
import type { StateData } from '../../domain/state';
import type { Callback, Contact, ContactKind, Sequence } from '../../domain/types';
import { DEMO_CAMPAIGNS, DEMO_USERS } from './fixtures';
import { makeContact } from './people';
import type { Rng } from './prng';
import { Sandbox } from './sandbox';

export type Story = (sb: Sandbox) => void;

export class DemoBuilder {
  private readonly contacts: Contact[] = [];
  private readonly callbacks: Callback[] = [];
  private readonly sequences: Sequence[] = [];
  private readonly phones = new Set<string>();
  private nextId = 1;

  constructor(
    readonly rng: Rng,
    readonly anchor: number,
    readonly size: number,
  ) {}

  get remaining(): number {
    return this.size - this.callbacks.length;
  }

  /** A contact with a unique phone; its id is given when it is played. */
  newContact(options: { timezone?: string; kind?: ContactKind; name?: string } = {}): Contact {
    return makeContact(this.rng, '', this.phones, options);
  }

  /** Plays a contact's stories through the domain; keeps the result only if its callbacks still fit in `size`. */
  play(contact: Contact, stories: Story[]): boolean {
    const sb = new Sandbox({ ...contact, id: `ct-${this.contacts.length + 1}` }, this.nextId);
    for (const story of stories) story(sb);
    if (sb.state.nextId - this.nextId > this.remaining) return false;
    this.contacts.push(sb.contact);
    this.callbacks.push(...sb.state.callbacks.values());
    this.sequences.push(...sb.state.sequences.values());
    this.nextId = sb.state.nextId;
    return true;
  }

  data(): StateData {
    return {
      contacts: this.contacts,
      campaigns: DEMO_CAMPAIGNS.map((c) => ({ ...c })),
      users: DEMO_USERS.map((u) => ({ ...u })),
      callbacks: this.callbacks,
      sequences: this.sequences,
      nextId: this.nextId,
    };
  }
}
