import { SelectField } from '../../components/field';
import { useSession } from './session-context';

/** The demo's "Signed in as": who the requests are made for (X-User-Id). */
export function UserPicker() {
  const { user, users, setUserId } = useSession();
  return (
    <SelectField label="Signed in as" value={user.id} onChange={(event) => setUserId(event.target.value)}>
      {users.map((candidate) => (
        <option key={candidate.id} value={candidate.id}>
          {candidate.name} ({candidate.role})
        </option>
      ))}
    </SelectField>
  );
}
