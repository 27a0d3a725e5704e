import { lazy, Suspense } from 'react';

// The triage screen loads in its own chunk: most visits never open it.
const TriagePage = lazy(() => import('./triage-page').then((m) => ({ default: m.TriagePage })));

export function TriageRoute() {
  return (
    <Suspense fallback={<p role="status">Loading triage…</p>}>
      <TriagePage />
    </Suspense>
  );
}
