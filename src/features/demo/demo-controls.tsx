import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { DemoPanel } from './demo-panel';
import { Walkthrough } from './walkthrough';

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
        data-tour="demo"
      >
        Demo
      </Button>
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
    </>
  );
}
