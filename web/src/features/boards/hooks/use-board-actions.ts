import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import type { Board } from '../../../../../shared/schemas/board';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useArchiveBoard } from '../api/use-archive-board';
import { useDuplicateBoard } from '../api/use-duplicate-board';
import { useRestoreBoard } from '../api/use-restore-board';

/**
 * Copy, archive (with "Angre") and restore, each confirmed by a toast that screen readers announce.
 * Failures are told in a toast too, in the words of the catalogue.
 */
export function useBoardActions() {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const duplicateBoard = useDuplicateBoard();
  const archiveBoard = useArchiveBoard();
  const restoreBoard = useRestoreBoard();
  const showError = (error: unknown) => toast.show({ message: errorText(error), tone: 'error' });

  const restore = (board: Board, onRestored?: () => void) =>
    restoreBoard.mutate(board.id, {
      onSuccess: (restored) => {
        onRestored?.();
        toast.show({ message: t('board.archive.restored', { title: restored.title }) });
      },
      onError: showError,
    });

  const archive = (board: Board, onArchived?: () => void) =>
    archiveBoard.mutate(board.id, {
      onSuccess: (archived) => {
        onArchived?.();
        toast.show({
          message: t('board.archive.done', { title: archived.title }),
          action: { label: t('board.actions.undo'), onAction: () => restore(archived) },
        });
      },
      onError: showError,
    });

  const duplicate = (board: Board) => {
    // Buttons stay enabled (disabling them would drop keyboard focus); a second press is ignored.
    if (duplicateBoard.isPending) return;
    duplicateBoard.mutate(
      { boardId: board.id, title: t('board.duplicate.title', { title: board.title }).slice(0, limits.boardTitle) },
      {
        onSuccess: (copy) => toast.show({ message: t('board.duplicate.done', { title: copy.title }) }),
        onError: showError,
      },
    );
  };

  return { duplicate, archive, restore };
}
