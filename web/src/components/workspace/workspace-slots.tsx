import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Places in the board page's slim bar that an editor fills from inside: its connection state, who
 * is here, the button that starts a presentation, and its items in the board's one menu. The board
 * page owns the bar; the editor owns what it knows. Without a bar (the meeting-room screen, a
 * version preview) nothing is shown.
 */
export type WorkspaceSlotName = 'status' | 'presence' | 'present' | 'actions';

export type WorkspaceSlots = Partial<Record<WorkspaceSlotName, HTMLElement>>;

const SlotsContext = createContext<WorkspaceSlots>({});

export function WorkspaceSlotsProvider({ slots, children }: { slots: WorkspaceSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

/** Renders `children` in the bar's slot of that name (shown once the bar is). */
export function WorkspaceSlot({ name, children }: { name: WorkspaceSlotName; children: ReactNode }) {
  const element = useContext(SlotsContext)[name];
  return element ? createPortal(children, element) : null;
}

/** Whether the page has a bar at all (an editor shows its own controls otherwise). */
export function useHasWorkspaceBar(): boolean {
  return Object.keys(useContext(SlotsContext)).length > 0;
}
