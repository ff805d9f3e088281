import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/form-error';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useDeleteBoard } from '../api/use-delete-board';

interface DeleteBoardDialogProps {
  /** The archived board to delete; the dialog is open while this is set. */
  board: Board | null;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting for good. "Avbryt" has focus first, so Enter never deletes by accident. */
export function DeleteBoardDialog({ board, onClose, onDeleted }: DeleteBoardDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const deleteBoard = useDeleteBoard();
  const title = board?.title ?? '';

  return (
    <Dialog
      open={board !== null}
      onClose={() => {
        deleteBoard.reset();
        onClose();
      }}
      title={t('board.delete-dialog.heading', { title })}
      description={t('board.delete-dialog.text')}
    >
      <FormError message={deleteBoard.isError ? errorText(deleteBoard.error) : null} />
      <div className="form-actions">
        <Button autoFocus onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          aria-disabled={deleteBoard.isPending}
          onClick={() => {
            if (!board || deleteBoard.isPending) return;
            deleteBoard.mutate(board, {
              onSuccess: () => {
                toast.show({ message: t('board.archive.deleted', { title }) });
                onDeleted();
              },
            });
          }}
        >
          {t('board.delete-dialog.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
