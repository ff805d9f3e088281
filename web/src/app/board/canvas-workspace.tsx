import { useMemo } from 'react';
import type { Board } from '../../../../shared/schemas/board';
import { WorkspaceSlot } from '../../components/workspace/workspace-slots';
import CanvasEditor, { type CanvasExtrasContext } from '../../features/canvas/components/canvas-editor';
import { MeetingTools } from '../../features/meeting/components/meeting-tools';
import { usePresentedSlide } from './use-presented-slide';
import { canvasBoardView } from '../../features/meeting/lib/canvas-board-view';
import { CanvasPresentation } from '../../features/presentation/canvas/canvas-presentation';
import { canvasBoardImage } from '../../features/canvas/lib/board-image';
import { canvasDecisionItems, canvasNamedItems, selectedCanvasDecisionItem } from '../../features/canvas/lib/decision-items';
import { BoardDecisions } from '../../features/decisions/components/board-decisions';
import { MinutesButton } from '../../features/minutes/components/minutes-button';

/**
 * A canvas board as the board page shows it: tldraw, with the meeting tools over it and presenting
 * from the bar. Loaded lazily (with tldraw) by the board page; the features never import each other.
 */
export default function CanvasWorkspace({ board, screen }: { board: Board; screen: boolean }) {
  return <CanvasEditor board={board} screen={screen} extras={(context) => <CanvasExtras boardId={board.id} regionId={board.regionId} {...context} />} />;
}

function CanvasExtras({ boardId, regionId, editor, stage, canWrite, screen }: CanvasExtrasContext & { boardId: string; regionId: string }) {
  const view = useMemo(() => (editor ? canvasBoardView(editor) : null), [editor]);
  const slide = usePresentedSlide(boardId);
  return (
    <>
      <MeetingTools boardId={boardId} view={view} screen={screen} slide={slide} />
      {editor && !screen ? (
        <WorkspaceSlot name="present">
          <CanvasPresentation editor={editor} boardId={boardId} stage={stage} canReorder={canWrite} />
        </WorkspaceSlot>
      ) : null}
      {editor && !screen ? (
        <WorkspaceSlot name="actions">
          <BoardDecisions
            boardId={boardId}
            regionId={regionId}
            canEdit={canWrite}
            listItems={() => canvasDecisionItems(editor)}
            selectedItemId={() => selectedCanvasDecisionItem(editor)}
          />
          <MinutesButton boardId={boardId} canMake={canWrite} listItems={() => canvasNamedItems(editor)} captureImage={() => canvasBoardImage(editor)} />
        </WorkspaceSlot>
      ) : null}
    </>
  );
}
