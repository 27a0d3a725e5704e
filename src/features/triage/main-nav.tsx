import { NavLink } from 'react-router-dom';
import { useSession } from '../session/session-context';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2 py-1 text-sm font-medium ${isActive ? 'bg-slate-200 text-slate-950 dark:bg-slate-700 dark:text-white' : 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'}`;

/** The header's navigation: the queue for everyone, Triage for supervisors. */
export function MainNav() {
  const { user } = useSession();
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      <NavLink to="/callbacks" className={linkClass}>
        Queue
      </NavLink>
      {user.role === 'supervisor' && (
        <NavLink to="/triage" className={linkClass}>
          Triage
        </NavLink>
      )}
    </nav>
  );
}
