import { createContext, useContext } from 'react';

/** The walkthrough's marks on a row (data-tour): the first automatic retry and the first customer request. */
export type RowTour = 'retry-row' | 'customer-requested';

interface RowContextValue {
  /** Whether the row's controls are in the Tab order: only the active row's are (roving focus). */
  tabbable: boolean;
  openDetail: () => void;
  tour?: RowTour;
}

export const RowContext = createContext<RowContextValue>({ tabbable: true, openDetail: () => undefined });

export function useRowContext() {
  return useContext(RowContext);
}
