import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { RenameBoardDialog } from './rename-board-dialog';

/**
 * Right after a board is made from a template: its name (numbered when the region had one by that
 * name, "Vårt formål 2") and a button to change it at once. The page that made it opens it with
 * `useOpenNewBoard` (lib/new-board-mark.ts); a later visit shows nothing.
 */
export function NewBoardName({ board }: { board: Board }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
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
