import { Link } from 'react-router-dom';

/** A figure that opens the queue filtered to exactly the callbacks it counts. */
export function FigureLink({ to, count, label }: { to: string; count: number; label: string }) {
  return (
    <Link
      to={to}
      aria-label={`${count} ${label} — open in the queue`}
      className="font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200"
    >
      {count.toLocaleString('en-US')}
    </Link>
  );
}
