import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { Board } from '../../../../../shared/schemas/board';
import type { EditorCommands } from '../components/editor-commands';
import type { DiagramView } from '../model/diagram-kinds';
import type { DiagramSnapshot } from '../model/diagram-store';
import type { DiagramSession } from '../sync/use-diagram-session';
import { CompareView } from './compare-view';
import { GridView } from './grid-view';
import { HistoryView } from './history-view';
import { TableView } from './table-view';

interface DocumentViewProps {
  /** Any view but the diagram itself. */
  view: Exclude<DiagramView, 'diagram'>;
  board: Board;
  session: DiagramSession;
  snapshot: DiagramSnapshot;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  variantId: string | null;
  readOnly: boolean;
  lanes: string[];
  commands: EditorCommands;
  announce: (message: string) => void;
  onVariant: (variantId: string) => void;
}

/**
 * The views of the same document that are not the drawing: table, interest/influence grid, variant
 * comparison, history. Loaded lazily by the editor: a board opens on the drawing.
 */
export default function DocumentView({
  view,
  board,
  session,
  snapshot,
  nodes,
  edges,
  variantId,
  readOnly,
  lanes,
  commands,
  announce,
  onVariant,
}: DocumentViewProps) {
  return (
    <div className="diagram-document-view">
      {view === 'table' ? (
        <TableView session={session} diagramType={snapshot.diagramType} nodes={nodes} edges={edges} readOnly={readOnly} lanes={lanes} commands={commands} />
      ) : view === 'grid' ? (
        <GridView session={session} nodes={nodes} readOnly={readOnly} announce={announce} />
      ) : view === 'compare' ? (
        <CompareView session={session} snapshot={snapshot} variantId={variantId} readOnly={readOnly} announce={announce} onVariant={onVariant} />
      ) : (
        <HistoryView board={board} variantId={variantId} readOnly={readOnly} undoManager={session.undoManager} />
      )}
    </div>
  );
}
