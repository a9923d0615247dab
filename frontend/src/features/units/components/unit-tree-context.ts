import { createContext, useContext } from 'react';

export type UnitTreeState = {
  expanded: ReadonlySet<string>;
  toggle: (code: string) => void;
  selectedCode: string | null;
  select: (code: string) => void;
  /** The one tree item reachable with Tab (roving tabindex). */
  focusCode: string;
  setFocusCode: (code: string) => void;
};

export const UnitTreeContext = createContext<UnitTreeState | null>(null);

export function useUnitTreeState(): UnitTreeState {
  const state = useContext(UnitTreeContext);
  if (!state) throw new Error('useUnitTreeState outside UnitTree');
  return state;
}
