import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { renameBoardSchema, type Board } from '../../../../../shared/schemas/board';
import { Dialog } from '../../../components/ui/dialog';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useRenameBoard } from '../api/use-rename-board';

interface RenameBoardDialogProps {
  /** The board to rename; the dialog is open while this is set. */
  board: Board | null;
  onClose: () => void;
}

export function RenameBoardDialog({ board, onClose }: RenameBoardDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={board !== null} onClose={onClose} title={t('board.rename.heading')}>
      {board ? <RenameBoardForm board={board} onDone={onClose} /> : null}
    </Dialog>
  );
}

function RenameBoardForm({ board, onDone }: { board: Board; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const rename = useRenameBoard();
  const form = useSchemaForm(renameBoardSchema);

  return (
    <SchemaForm
      form={form}
      pending={rename.isPending}
      submitLabel={t('common.save')}
      onCancel={onDone}
      onValid={(input) =>
        rename.mutate(
          { boardId: board.id, title: input.title },
          {
            onSuccess: (renamed) => {
              toast.show({ message: t('board.rename.done', { title: renamed.title }) });
              onDone();
            },
            onError: form.fail,
          },
        )
      }
    >
      <TextField
        name="title"
        label={t('board.rename.label')}
        defaultValue={board.title}
        error={form.fieldErrors.title}
        maxLength={limits.boardTitle}
        autoComplete="off"
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
      />
    </SchemaForm>
  );
}
