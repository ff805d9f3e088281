import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../shared/schemas/board';
import { WorkspaceSlot } from '../../components/workspace/workspace-slots';
import DiagramEditor, { type DiagramExtrasContext, type Municipality } from '../../features/diagram/diagram-editor';
import { MeetingTools } from '../../features/meeting/components/meeting-tools';
import { usePresentedSlide } from './use-presented-slide';
import { useFlowBoardView } from '../../features/meeting/lib/use-flow-board-view';
import { fewestItemsInArea, type BoardAreas } from '../../features/meeting/lib/board-view';
import { diagramAreas } from '../../lib/slides/use-diagram-slides';
import { DiagramPresentation } from '../../features/presentation/diagram/diagram-presentation';
import { BoardDecisions } from '../../features/decisions/components/board-decisions';
import { MinutesButton } from '../../features/minutes/components/minutes-button';
import { fetchStoredContent } from '../../features/diagram/api/stored-content';
import { prepareDiagramSession } from '../../features/diagram/sync/use-diagram-session';

/** Opens the board's session, with the content it draws first, before the page renders (app/warm-start.ts). */
export const prepareBoard = (boardId: string) => prepareDiagramSession(boardId, () => fetchStoredContent(boardId));

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
      extras={(context) => <DiagramExtras boardId={board.id} regionId={board.regionId} {...context} />}
    />
  );
}

/** Rendered inside the editor's React Flow provider, so the meeting tools can read its viewport. */
function DiagramExtras(props: DiagramExtrasContext & { boardId: string; regionId: string }) {
  const { boardId, regionId, doc, diagramType, nodes, edges, listItems, stage, canWrite, screen, showDiagram, selectedNodeId, captureImage, wholeBounds } =
    props;
  const { t } = useTranslation();
  // A vote can be limited to a part of the diagram as its slides divide it (a phase, a category or
  // group, a folder); it starts on the part holding the selected node.
  const listAreas = (): BoardAreas => {
    const items = listItems();
    const areas = diagramAreas(diagramType, { nodes, edges }, t)
      .map((area) => ({ id: area.id, label: area.label, items: items.filter((item) => area.nodeIds.includes(item.id)) }))
      .filter((area) => area.items.length >= fewestItemsInArea);
    const selected = selectedNodeId();
    return { areas, selected: areas.find((area) => area.items.some((item) => item.id === selected))?.id ?? null };
  };
  const view = useFlowBoardView(doc, { listItems, listAreas, wholeBounds });
  const slide = usePresentedSlide(boardId);
  return (
    <>
      <MeetingTools boardId={boardId} view={view} screen={screen} slide={slide} />
      {screen ? null : (
        <WorkspaceSlot name="present">
          <DiagramPresentation
            boardId={boardId}
            doc={doc}
            diagramType={diagramType}
            nodes={nodes}
            edges={edges}
            canReorder={canWrite}
            stage={stage}
            onStart={showDiagram}
          />
        </WorkspaceSlot>
      )}
      {screen ? null : (
        <WorkspaceSlot name="actions">
          <BoardDecisions boardId={boardId} regionId={regionId} canEdit={canWrite} listItems={listItems} selectedItemId={selectedNodeId} />
          <MinutesButton boardId={boardId} canMake={canWrite} listItems={listItems} captureImage={captureImage} />
        </WorkspaceSlot>
      )}
    </>
  );
}
