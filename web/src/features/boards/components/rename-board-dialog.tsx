import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { renameBoardSchema, type Board } from '../../../../../shared/schemas/board';
import { SingleFieldDialog } from '../../../components/ui/single-field-dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { useRenameBoard } from '../api/use-rename-board';

interface RenameBoardDialogProps {
  /** The board to rename; the dialog is open while this is set. */
  board: Board | null;
  onClose: () => void;
}

export function RenameBoardDialog({ board, onClose }: RenameBoardDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const rename = useRenameBoard();
  return (
    <SingleFieldDialog
      open={board !== null}
      onClose={onClose}
      title={t('board.rename.heading')}
      schema={renameBoardSchema}
      name="title"
      label={t('board.rename.label')}
      defaultValue={board?.title}
      maxLength={limits.boardTitle}
      selectOnFocus
      submitLabel={t('common.save')}
      pending={rename.isPending}
      onValid={(input, answer) => {
        if (!board) return;
        rename.mutate(
          { boardId: board.id, title: input.title },
          {
            onSuccess: (renamed) => {
              toast.show({ message: t('board.rename.done', { title: renamed.title }) });
              answer.done();
            },
            onError: answer.fail,
          },
        );
      }}
    />
  );
}
