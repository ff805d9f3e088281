import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { useBoardActions } from '../hooks/use-board-actions';

/** Shown on an archived board's page: says so and, to those allowed, offers to bring it back. */
export function ArchivedBoardNotice({ board, canRestore }: { board: Board; canRestore: boolean }) {
  const { t } = useTranslation();
  const actions = useBoardActions();
  return (
    <div className="notice" role="region" aria-labelledby="archived-notice-title">
      <h2 id="archived-notice-title" className="notice__title">
        {t('board.page.archived-title')}
      </h2>
      {canRestore ? (
        <>
          <p>{t('board.page.archived-text')}</p>
          <Button variant="primary" onClick={() => actions.restore(board)}>
            {t('board.actions.restore')}
          </Button>
        </>
      ) : (
        <p>{t('board.page.archived-text-read')}</p>
      )}
    </div>
  );
}
