import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useBoard, useBoardAccess } from '../../features/boards/api/use-board';
import { ArchivedBoardNotice } from '../../features/boards/components/archived-board-notice';
import { BoardEditorArea } from '../../features/boards/components/board-editor-area';
import { BoardKindLabel } from '../../features/boards/components/board-kind-label';
import { BoardUpdatedText } from '../../features/boards/components/board-updated-text';
import { NewBoardName } from '../../features/boards/components/new-board-name';
import { ReadOnlyNotice } from '../../features/boards/components/read-only-notice';
import { CanvasBoard } from '../../features/canvas/canvas-board';
import { useMeetingScreen } from '../../features/meeting/lib/use-meeting-screen';
import { useRegion } from '../../features/regions/api/use-region';
import { ShareBoardButton } from '../../features/sharing/components/share-board-button';
import { FacilitatorGuideButton } from '../../features/templates/components/facilitator-guide-button';
import { SaveAsTemplateButton } from '../../features/templates/components/save-as-template-button';
import { useRegionLanguage } from '../../lib/language-provider';
import { canContribute, canManageBoard } from '../../lib/permissions';
import { useAuth } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LoadingState } from '../../components/ui/loading-state';
import { QueryFallback } from '../layout/query-fallback';

// Editors load only on board pages, so region pages carry no React Flow or ELK code.
const DiagramEditor = lazy(() => import('../../features/diagram/diagram-editor'));

/**
 * `/tavler/:boardId`: the board's title and kind, and the area where its editor will live. Members
 * of the region get a way back to it; coordinators and the board's creator can share it; observers
 * and view-link guests are told that they can only look.
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
  // A meeting-room screen (`?visning=skjerm`): the board in large type, nothing to operate.
  const screen = useMeetingScreen();
  useDocumentTitle(board?.title && screen ? t('meeting.screen.label', { title: board.title }) : board?.title);

  if (!board) {
    return (
      <QueryFallback query={boardQuery} loadingText={t('loading.board')} notFoundTitle={t('board.page.not-found-title')} />
    );
  }

  return (
    <div className={screen ? 'board-page board-page--screen' : 'board-page'}>
      {membership && !screen ? (
        <p className="back-link">
          <Link to={`/samarbeid/${board.regionId}`}>
            <span aria-hidden="true">← </span>
            {region ? t('board.page.back', { region: region.name }) : t('archive.back')}
          </Link>
        </p>
      ) : null}
      <div className="board-page__header">
        <PageHeading>{board.title}</PageHeading>
        <div className="board-page__actions" hidden={screen}>
          {board.templateId ? <FacilitatorGuideButton templateId={board.templateId} language={region?.language ?? null} /> : null}
          {canContribute(role) ? <SaveAsTemplateButton board={board} /> : null}
          {!board.archivedAt && canManageBoard(role, board, auth?.user?.id) ? <ShareBoardButton board={board} /> : null}
        </div>
      </div>
      <p className="board-page__meta" hidden={screen}>
        <BoardKindLabel kind={board.kind} />
        {board.example ? <span className="example-label">{t('board.example')}</span> : null}
        <BoardUpdatedText board={board} />
      </p>
      {screen || board.archivedAt ? null : <NewBoardName board={board} canRename={canManageBoard(role, board, auth?.user?.id)} />}
      {board.archivedAt ? (
        <ArchivedBoardNotice board={board} canRestore={canContribute(role)} />
      ) : access === 'read' && !screen ? (
        <ReadOnlyNotice />
      ) : null}
      <BoardEditorArea>
        {board.archivedAt || !access ? null : board.kind === 'canvas' ? (
          <CanvasBoard board={board} />
        ) : (
          <Suspense fallback={<LoadingState text={t('loading.editor')} />}>
            <DiagramEditor board={board} access={access} municipalities={region?.municipalities ?? []} />
          </Suspense>
        )}
      </BoardEditorArea>
    </div>
  );
}
