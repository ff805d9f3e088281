import { useEffect } from 'react';
import type { DiagramView } from '../model/diagram-kinds';
import type { Selection } from '../model/selection';
import type { DiagramSession } from '../sync/use-diagram-session';

/** Tells the others, through presence, what we have selected and which view and variant we are in. */
export function useLocalPresence(session: DiagramSession, selection: Selection, view: DiagramView, variantId: string | null) {
  useEffect(() => {
    session.provider.awareness.setLocalStateField('selection', [...selection.nodes, ...selection.edges]);
  }, [selection, session.provider]);
  useEffect(() => {
    const awareness = session.provider.awareness;
    awareness.setLocalStateField('view', view);
    awareness.setLocalStateField('variantId', variantId);
    // Our pointer is only meaningful over the diagram.
    if (view !== 'diagram') awareness.setLocalStateField('cursor', null);
  }, [view, variantId, session.provider]);
}
