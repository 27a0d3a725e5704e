import { lazy, Suspense, useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';

// The panel and the walkthrough load on first use (the button only warms them on hover or focus): they are
// not needed for the first paint of any screen, so they stay out of the initial JavaScript.
const loadPanel = () => import('./demo-panel');
const loadWalkthrough = () => import('./walkthrough');
const DemoPanel = lazy(() => loadPanel().then((m) => ({ default: m.DemoPanel })));
const Walkthrough = lazy(() => loadWalkthrough().then((m) => ({ default: m.Walkthrough })));
const warm = () => void Promise.all([loadPanel(), loadWalkthrough()]).catch(() => undefined);

/** The header's "Demo" button: opens the demo panel; the panel can start the walkthrough (on the queue). */
export function DemoControls() {
  const [open, setOpen] = useState(false);
  const [touring, setTouring] = useState(false);
  const panelId = useId();
  const buttonId = useId();
  const focusButton = () => requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  const navigate = useNavigate();
  const location = useLocation();
  const startTour = () => {
    setOpen(false);
    if (location.pathname !== '/callbacks') void navigate('/callbacks?view=all');
    setTouring(true);
  };
  return (
    <>
      <Button
        id={buttonId}
        size="sm"
        variant={open ? 'primary' : 'secondary'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        onPointerEnter={warm}
        onFocus={warm}
        data-tour="demo"
      >
        Demo
      </Button>
      <Suspense fallback={null}>
        {open && (
          <DemoPanel
            id={panelId}
            onClose={() => {
              setOpen(false);
              focusButton();
            }}
            onStartTour={startTour}
          />
        )}
        {touring && (
          <Walkthrough
            onClose={() => {
              setTouring(false);
              focusButton();
            }}
          />
        )}
      </Suspense>
    </>
  );
}
