import '../board/workspace.css';
import { Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/ui/loading-state';
import { WorkspaceSlotsProvider } from '../../components/workspace/workspace-slots';
import { useBoard, useBoardAccess } from '../../features/boards/api/use-board';
import { ArchivedBoardNotice } from '../../features/boards/components/archived-board-notice';
import { BoardEditorArea } from '../../features/boards/components/board-editor-area';
import { NewBoardName } from '../../features/boards/components/new-board-name';
import { useIsNewBoard } from '../../lib/new-board-mark';
import { ReadOnlyNotice } from '../../features/boards/components/read-only-notice';
import { removeDiagramPreview } from '../../features/diagram/preview/remove-preview';
import { useMeetingScreen } from '../../features/meeting/lib/use-meeting-screen';
import { useRegion } from '../../features/regions/api/use-region';
import { FacilitatorGuideSheet } from '../../features/templates/components/facilitator-guide-button';
import { useRegionLanguage } from '../../lib/language-provider';
import { canContribute, canManageBoard } from '../../lib/permissions';
import { useAfterFirstRender } from '../../lib/use-after-first-render';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BoardBar, createBarSlots } from '../board/board-bar';
import { DismissibleNotice } from '../board/dismissible-notice';
import { QueryFallback } from '../layout/query-fallback';
import { useWorkspaceLayout } from '../layout/workspace-layout';
import { CanvasWorkspace, DiagramWorkspace } from '../board/workspaces';

/**
 * `/tavler/:boardId`: the board as a workspace. One slim bar (the way back, the title, the
 * connection, who is here, presenting and the board's menu) and the editor filling the rest of the
 * window; panels float over the board. As a meeting-room screen (`?visning=skjerm`) there is no bar
 * at all: only the board, following the presenter.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { boardId = '' } = useParams();
  const auth = useAuth().data;
  const boardQuery = useBoard(boardId);
  const access = useBoardAccess(boardId);
  const board = boardQuery.data;
  // Guests (and signed-in visitors through a share link) have no role in the region.
  const membership = board ? auth?.memberships.find((m) => m.regionId === board.regionId) : undefined;
  const role = membership?.role ?? null;
  const region = useRegion(membership?.regionId).data;
  useRegionLanguage(region?.language);
  const screen = useMeetingScreen();
  useDocumentTitle(board?.title && screen ? t('meeting.screen.label', { title: board.title }) : board?.title);
  const [slots] = useState(createBarSlots);
  const [guideOpen, setGuideOpen] = useState(false);
  const isNewBoard = useIsNewBoard();
  const banner = useWorkspaceLayout(!!board);
  // The board first; its bar in the render after (its place is kept, so nothing moves).
  const barShown = useAfterFirstRender();
  // The server's picture of a diagram stays until its editor has drawn it, unless the page shows something else.
  const showsDiagram = boardQuery.isPending || (board?.kind === 'diagram' && !board.archivedAt && !!access);
  useEffect(() => {
    if (!showsDiagram) removeDiagramPreview();
    return removeDiagramPreview;
  }, [showsDiagram]);

  if (!board) {
    return (
      <div className="board-page board-page--loading">
        <QueryFallback query={boardQuery} loadingText={t('loading.board')} notFoundTitle={t('board.page.not-found-title')} />
      </div>
    );
  }

  const editor =
    board.archivedAt || !access ? null : board.kind === 'canvas' ? (
      <CanvasWorkspace board={board} screen={screen} />
    ) : (
      <DiagramWorkspace board={board} access={access} municipalities={region?.municipalities ?? []} screen={screen} />
    );

  return (
    <div className={screen ? 'board-page board-page--screen' : 'board-page'} data-size="sm">
      {screen ? (
        // The screen has no bar; its heading is there for screen readers and the page's outline.
        <h1 className="visually-hidden" tabIndex={-1}>
          {board.title}
        </h1>
      ) : banner && barShown ? (
        createPortal(
          <BoardBar
            board={board}
            role={role}
            region={region ?? null}
            membership={!!membership}
            auth={auth}
            slots={slots}
            guideOpen={guideOpen}
            onGuide={() => setGuideOpen((open) => !open)}
          />,
          banner,
        )
      ) : null}
      <WorkspaceSlotsProvider slots={screen ? {} : slots}>
        <BoardEditorArea>
          {editor ? <Suspense fallback={<LoadingState text={t('loading.editor')} />}>{editor}</Suspense> : null}
          {guideOpen && board.templateId && !screen ? (
            <FacilitatorGuideSheet
              templateId={board.templateId}
              language={region?.language ?? null}
              onClose={() => {
                setGuideOpen(false);
                document.querySelector<HTMLElement>('.board-menu__trigger')?.focus();
              }}
            />
          ) : null}
          {board.archivedAt ? (
            <div className="board-page__notice">
              <ArchivedBoardNotice board={board} canRestore={canContribute(role)} />
            </div>
          ) : isNewBoard && !screen && canManageBoard(role, board, auth?.user?.id) ? (
            <DismissibleNotice compact fitAround>
              <NewBoardName board={board} />
            </DismissibleNotice>
          ) : access === 'read' && !screen ? (
            <DismissibleNotice compact>{(hideButton) => <ReadOnlyNotice action={hideButton} />}</DismissibleNotice>
          ) : null}
        </BoardEditorArea>
      </WorkspaceSlotsProvider>
    </div>
  );
}
