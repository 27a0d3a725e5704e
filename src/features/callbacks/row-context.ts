import { createContext, useContext } from 'react';

/** Whether the row's controls are in the Tab order: only the active row's are (roving focus). */
export const RowContext = createContext<{ tabbable: boolean; openDetail: () => void }>({ tabbable: true, openDetail: () => undefined });

export function useRowContext() {
  return useContext(RowContext);
}
