// Keyboard triage: single-key shortcuts on the page, never while the user types or a modal dialog is open.
// Action keys act on the focused row, or on the open detail panel's callback when focus is inside it.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../../components/focusable';
import type { ActionName, CallbackView, View } from '../../../domain/types';
import { ACTION_KEYS, VIEW_KEYS } from './shortcuts';

export interface TriageKeyHandlers {
  move: (delta: number) => void;
  rowCallback: () => CallbackView | null;
  panelCallback: () => CallbackView | null;
  open: (cb: CallbackView) => void;
  act: (cb: CallbackView, action: ActionName) => void;
  setView: (view: View) => void;
  focusSearch: () => void;
  showHelp: () => void;
  /** Space on a focused row (Shift+Space: a range); absent when the user cannot select (agents). */
  select?: (cb: CallbackView, range: boolean) => void;
}

export function useTriageKeys(handlers: TriageKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog[open]')) return;
      const h = latest.current;
      const inPanel = Boolean(target?.closest('[data-detail-panel]'));
      const inRow = Boolean(target?.closest('[data-callback-row]'));
      const key = event.key;
      const action = ACTION_KEYS[key];
      const view = VIEW_KEYS[key];

      if (key === 'j' || key === 'ArrowDown' || key === 'k' || key === 'ArrowUp') {
        if (inPanel || target?.closest('[role="tablist"], [role="radiogroup"]')) return;
        h.move(key === 'j' || key === 'ArrowDown' ? 1 : -1);
      } else if (key === 'Enter') {
        if (!target?.matches('[data-callback-row]')) return;
        const cb = h.rowCallback();
        if (cb) h.open(cb);
      } else if (key === ' ') {
        if (!h.select || !target?.matches('[data-callback-row]')) return;
        const cb = h.rowCallback();
        if (cb) h.select(cb, event.shiftKey);
      } else if (action) {
        const cb = inPanel ? h.panelCallback() : inRow ? h.rowCallback() : null;
        if (!cb) return;
        h.act(cb, action);
      } else if (view) {
        h.setView(view);
      } else if (key === '/') {
        h.focusSearch();
      } else if (key === '?') {
        h.showHelp();
      } else {
        return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
