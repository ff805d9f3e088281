import { Card, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { BoardKindLabel } from './board-kind-label';
import { BoardUpdatedText } from './board-updated-text';

interface BoardCardProps {
  board: Board;
  onRename: (board: Board) => void;
  onDuplicate: (board: Board) => void;
  onArchive: (board: Board) => void;
  /** Coordinators and members; observers see the board without these buttons. */
  canOrganize: boolean;
}

/** One active board: its title links to it; the buttons name the board for screen-reader users. */
export function BoardCard({ board, onRename, onDuplicate, onArchive, canOrganize }: BoardCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const title = board.title;
  return (
    <Card asChild>
      <li className="board-card">
        <h3 className="board-card__title" id={titleId}>
          <Link to={`/tavler/${board.id}`}>{title}</Link>
        </h3>
        <p className="board-card__meta">
          <BoardKindLabel kind={board.kind} />
          {board.example ? <Tag data-color="warning">{t('board.example')}</Tag> : null}
          <BoardUpdatedText board={board} />
        </p>
        {canOrganize ? (
          <div className="board-card__actions" role="group" aria-label={t('board.actions.group', { title })}>
            <Button data-size="sm" onClick={() => onRename(board)} aria-label={t('board.actions.rename-named', { title })}>
              {t('board.actions.rename')}
            </Button>
            <Button data-size="sm" onClick={() => onDuplicate(board)} aria-label={t('board.actions.duplicate-named', { title })}>
              {t('board.actions.duplicate')}
            </Button>
            <Button data-size="sm" onClick={() => onArchive(board)} aria-label={t('board.actions.archive-named', { title })}>
              {t('board.actions.archive')}
            </Button>
          </div>
        ) : null}
      </li>
    </Card>
  );
}
