import type { Board } from '../../../../shared/schemas/board';
import { WorkspaceSlot } from '../../components/workspace/workspace-slots';
import DiagramEditor, { type DiagramExtrasContext, type Municipality } from '../../features/diagram/diagram-editor';
import { MeetingTools } from '../../features/meeting/components/meeting-tools';
import { useFlowBoardView } from '../../features/meeting/lib/use-flow-board-view';
import { DiagramPresentation } from '../../features/presentation/diagram/diagram-presentation';

interface DiagramWorkspaceProps {
  board: Board;
  access: 'read' | 'write';
  municipalities: Municipality[];
  screen: boolean;
}

/**
 * A diagram board as the board page shows it: the diagram editor, with the meeting tools over it
 * and presenting from the bar. Loaded lazily (with React Flow and ELK) by the board page.
 */
export default function DiagramWorkspace({ board, access, municipalities, screen }: DiagramWorkspaceProps) {
  return (
    <DiagramEditor
      board={board}
      access={access}
      municipalities={municipalities}
      screen={screen}
      extras={(context) => <DiagramExtras boardId={board.id} {...context} />}
    />
  );
}

/** Rendered inside the editor's React Flow provider, so the meeting tools can read its viewport. */
function DiagramExtras({ boardId, doc, diagramType, nodes, listItems, stage, canWrite, screen, showDiagram }: DiagramExtrasContext & { boardId: string }) {
  const view = useFlowBoardView(doc, listItems);
  return (
    <>
      <MeetingTools boardId={boardId} view={view} screen={screen} />
      {screen ? null : (
        <WorkspaceSlot name="present">
          <DiagramPresentation boardId={boardId} doc={doc} diagramType={diagramType} nodes={nodes} canReorder={canWrite} stage={stage} onStart={showDiagram} />
        </WorkspaceSlot>
      )}
    </>
  );
}
