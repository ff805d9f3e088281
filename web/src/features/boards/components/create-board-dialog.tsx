import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { limits } from '../../../../../shared/limits';
import { createBoardSchema, type BoardKind } from '../../../../../shared/schemas/board';
import { Dialog } from '../../../components/ui/dialog';
import { RadioGroup, type RadioOption } from '../../../components/ui/radio-group';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useCreateBoard } from '../api/use-create-board';

interface CreateBoardDialogProps {
  regionId: string;
  open: boolean;
  onClose: () => void;
}

/** "Ny tavle": a title and a kind, checked with the same schema the API uses. */
export function CreateBoardDialog({ regionId, open, onClose }: CreateBoardDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('board.create.heading')}>
      <CreateBoardForm regionId={regionId} onDone={onClose} />
      <p className="dialog__footnote">
        {t('templates.create-hint')} <Link to={`/samarbeid/${regionId}/maler`}>{t('templates.create-link')}</Link>
      </p>
    </Dialog>
  );
}

function CreateBoardForm({ regionId, onDone }: { regionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const createBoard = useCreateBoard(regionId);
  const form = useSchemaForm(createBoardSchema);
  const kinds: RadioOption<BoardKind>[] = [
    { value: 'canvas', label: t('board.kind.canvas'), hint: t('board.kind.canvas-hint') },
    { value: 'diagram', label: t('board.kind.diagram'), hint: t('board.kind.diagram-hint') },
  ];

  return (
    <SchemaForm
      form={form}
      pending={createBoard.isPending}
      submitLabel={t('board.create.submit')}
      onCancel={onDone}
      onValid={(input) =>
        createBoard.mutate(input, {
          onSuccess: (board) => {
            toast.show({ message: t('board.create.done', { title: board.title }) });
            onDone();
          },
          onError: form.fail,
        })
      }
    >
      <TextField
        name="title"
        label={t('board.create.title')}
        hint={t('board.create.title-hint')}
        error={form.fieldErrors.title}
        maxLength={limits.boardTitle}
        counter
        autoComplete="off"
        autoFocus
      />
      <RadioGroup legend={t('board.create.kind')} name="kind" options={kinds} defaultValue="canvas" error={form.fieldErrors.kind} />
    </SchemaForm>
  );
}
