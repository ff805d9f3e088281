import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelativeTime } from '../../../../../shared/i18n/format-time';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { focusWhenShown } from '../../../lib/focus-when-shown';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useNow } from '../../../lib/use-now';
import { useBoards } from '../api/use-boards';
import { useBoardActions } from '../hooks/use-board-actions';
import { BoardKindLabel } from './board-kind-label';
import { DeleteBoardDialog } from './delete-board-dialog';

interface ArchivedBoardListProps {
  regionId: string;
  /** Coordinators and members may bring boards back. */
  canRestore: boolean;
  /** Coordinators, and the member who made a board, may delete it for good. */
  canDelete: (board: Board) => boolean;
}

/** The region's archived boards, each with "Gjenopprett" and "Slett for godt" for those allowed. */
export function ArchivedBoardList({ regionId, canRestore, canDelete }: ArchivedBoardListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const errorText = useErrorText();
  const boards = useBoards(regionId, 'only');
  const actions = useBoardActions();
  const [deleting, setDeleting] = useState<Board | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // The row with the focused button goes away; the list takes focus so the reader is not lost.
  const focusList = () => listRef.current?.focus();

  if (boards.isPending) return <LoadingState text={t('loading.boards')} />;
  if (boards.isError) return <ErrorState message={errorText(boards.error)} onRetry={() => void boards.refetch()} />;

  return (
    <div ref={listRef} tabIndex={-1} className="archive-list">
      {boards.data.length === 0 ? (
        <EmptyState title={t('archive.empty-title')} text={t('archive.empty-text')} />
      ) : (
        <ul className="row-list">
          {boards.data.map((board) => (
            <li key={board.id} className="row">
              <div className="row__main">
                <h2 className="row__title">{board.title}</h2>
                <p className="row__meta">
                  <BoardKindLabel kind={board.kind} />
                  {board.archivedAt ? (
                    <time dateTime={board.archivedAt}>{t('board.archived-at', { time: formatRelativeTime(new Date(board.archivedAt), now, language) })}</time>
                  ) : null}
                </p>
              </div>
              {canRestore || canDelete(board) ? (
                <div className="row__actions" role="group" aria-label={t('board.actions.group', { title: board.title })}>
                  {canRestore ? (
                    <Button aria-label={t('board.actions.restore-named', { title: board.title })} onClick={() => actions.restore(board, focusList)}>
                      {t('board.actions.restore')}
                    </Button>
                  ) : null}
                  {canDelete(board) ? (
                    <Button variant="danger" aria-label={t('board.actions.delete-named', { title: board.title })} onClick={() => setDeleting(board)}>
                      {t('board.actions.delete')}
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <DeleteBoardDialog
        board={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          focusWhenShown('.archive-list');
        }}
      />
    </div>
  );
}
