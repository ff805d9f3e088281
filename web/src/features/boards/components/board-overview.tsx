import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useErrorText } from '../../../lib/use-error-text';
import { useBoards } from '../api/use-boards';
import { useBoardActions } from '../hooks/use-board-actions';
import { BoardCard } from './board-card';
import { CreateBoardDialog } from './create-board-dialog';
import { RenameBoardDialog } from './rename-board-dialog';

interface BoardOverviewProps {
  regionId: string;
  /** Coordinators and members make and organise boards; observers only look. */
  canOrganize: boolean;
  /** More ways to make a board, shown beside "Ny tavle" to those who may (e.g. import a file). */
  extraActions?: ReactNode;
}

/** A region's active boards as cards, with "Ny tavle" and the actions on each card. */
export function BoardOverview({ regionId, canOrganize, extraActions }: BoardOverviewProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const boards = useBoards(regionId);
  const actions = useBoardActions();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Board | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The archived card disappears with the button that had focus; the list's heading takes it.
  const archive = (board: Board) => actions.archive(board, () => headingRef.current?.focus());

  return (
    <section className="section" aria-labelledby="boards-heading">
      <div className="section__header">
        <h2 id="boards-heading" ref={headingRef} tabIndex={-1}>
          {t('region.boards-heading')}
        </h2>
        {canOrganize ? (
          <div className="section__actions">
            {extraActions}
            <Button variant="primary" onClick={() => setCreating(true)}>
              <span aria-hidden="true">+ </span>
              {t('region.new-board')}
            </Button>
          </div>
        ) : null}
      </div>

      {boards.isPending ? (
        <LoadingState text={t('loading.boards')} />
      ) : boards.isError ? (
        <ErrorState headingLevel={3} message={errorText(boards.error)} onRetry={() => void boards.refetch()} />
      ) : boards.data.length === 0 ? (
        <EmptyState headingLevel={3} title={t('region.empty-title')} text={canOrganize ? t('region.empty-text') : t('region.empty-text-read')} />
      ) : (
        <ul className="card-grid" aria-labelledby="boards-heading">
          {boards.data.map((board) => (
            <BoardCard key={board.id} board={board} onRename={setRenaming} onDuplicate={actions.duplicate} onArchive={archive} canOrganize={canOrganize} />
          ))}
        </ul>
      )}

      <p className="section__footer">
        <Link to={`/samarbeid/${regionId}/arkiv`}>{t('region.archive-link')}</Link>
      </p>

      {canOrganize ? (
        <>
          <CreateBoardDialog regionId={regionId} open={creating} onClose={() => setCreating(false)} />
          <RenameBoardDialog board={renaming} onClose={() => setRenaming(null)} />
        </>
      ) : null}
    </section>
  );
}
