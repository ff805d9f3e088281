import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { RenameBoardDialog } from './rename-board-dialog';

/**
 * Right after a board is made from a template: its name (numbered when the region had one by that
 * name, "Vårt formål 2") and a button to change it at once. The page that made it opens it with
 * `navigate(url, { state: { newBoard: true } })`; a later visit shows nothing.
 */
export function NewBoardName({ board, canRename }: { board: Board; canRename: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [renaming, setRenaming] = useState(false);
  const isNew = (location.state as { newBoard?: boolean } | null)?.newBoard === true;
  if (!isNew || !canRename) return null;
  return (
    <p className="new-board-name" role="status">
      {t('board.rename.new-board', { title: board.title })}{' '}
      <Button variant="quiet" onClick={() => setRenaming(true)}>
        {t('board.rename.new-board-action')}
      </Button>
      <RenameBoardDialog board={renaming ? board : null} onClose={() => setRenaming(false)} />
    </p>
  );
}
