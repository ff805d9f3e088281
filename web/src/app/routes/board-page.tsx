import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useBoard } from '../../features/boards/api/use-board';
import { ArchivedBoardNotice } from '../../features/boards/components/archived-board-notice';
import { BoardEditorArea } from '../../features/boards/components/board-editor-area';
import { BoardKindLabel } from '../../features/boards/components/board-kind-label';
import { BoardUpdatedText } from '../../features/boards/components/board-updated-text';
import { useRegion } from '../../features/regions/api/use-region';
import { useRegionLanguage } from '../../lib/language-provider';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LoadingState } from '../../components/ui/loading-state';
import { QueryFallback } from '../layout/query-fallback';

// Editors load only on board pages, so region pages carry no React Flow or ELK code.
const DiagramEditor = lazy(() => import('../../features/diagram/diagram-editor'));

/** `/tavler/:boardId`: the board's title and kind, and the area where its editor will live. */
export function BoardPage() {
  const { t } = useTranslation();
  const { boardId = '' } = useParams();
  const boardQuery = useBoard(boardId);
  const board = boardQuery.data;
  const region = useRegion(board?.regionId).data;
  useRegionLanguage(region?.language);
  useDocumentTitle(board?.title);

  if (!board) {
    return (
      <QueryFallback query={boardQuery} loadingText={t('loading.board')} notFoundTitle={t('board.page.not-found-title')} />
    );
  }

  return (
    <div className="board-page">
      <p className="back-link">
        <Link to={`/samarbeid/${board.regionId}`}>
          <span aria-hidden="true">← </span>
          {region ? t('board.page.back', { region: region.name }) : t('archive.back')}
        </Link>
      </p>
      <PageHeading>{board.title}</PageHeading>
      <p className="board-page__meta">
        <BoardKindLabel kind={board.kind} />
        <BoardUpdatedText board={board} />
      </p>
      {board.archivedAt ? <ArchivedBoardNotice board={board} /> : null}
      <BoardEditorArea>
        {board.kind === 'diagram' && !board.archivedAt ? (
          <Suspense fallback={<LoadingState text={t('loading.editor')} />}>
            <DiagramEditor board={board} municipalities={region?.municipalities ?? []} />
          </Suspense>
        ) : null}
      </BoardEditorArea>
    </div>
  );
}
