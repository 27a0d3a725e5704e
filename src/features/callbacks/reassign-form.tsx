// Supervisors reassign one callback from the detail panel: optimistic like the other actions (If-Match,
// Idempotency-Key, rollback with the server's sentence); the domain says whether it is allowed.
import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { SelectField } from '../../components/field';
import { reassignAvailability } from '../../domain/availability';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useActions } from './actions-context';

export function ReassignForm({ callback: cb }: { callback: CallbackView }) {
  const { user, users } = useSession();
  const { run } = useActions();
  const headingId = useId();
  const [agentId, setAgentId] = useState('');
  const availability = useMemo(() => reassignAvailability(cb, user), [cb, user]);
  if (user.role !== 'supervisor') return null; // agents are not offered it (the domain would refuse)
  const agents = users.filter((candidate) => candidate.role === 'agent' && candidate.id !== cb.agentId);
  const reason = availability.allowed
    ? agentId
      ? null
      : 'Choose the agent to assign it to.'
    : availability.reason;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="font-semibold">
        Reassign
      </h3>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason) return;
          run(cb, { action: 'reassign', agentId });
          setAgentId('');
        }}
      >
        <SelectField
          label="Assign to"
          value={agentId}
          disabled={!availability.allowed}
          onChange={(event) => setAgentId(event.target.value)}
          className="w-56"
        >
          <option value="">Choose an agent…</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" size="sm" disabledReason={reason}>
          Reassign
        </Button>
      </form>
      {!availability.allowed && (
        <p className="text-sm text-slate-700 dark:text-slate-300">{availability.reason}</p>
      )}
    </section>
  );
}
