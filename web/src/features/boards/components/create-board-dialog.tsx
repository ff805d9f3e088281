import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { limits } from '../../../../../shared/limits';
import { createBoardSchema, type BoardKind } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/form-error';
import { RadioGroup, type RadioOption } from '../../../components/ui/radio-group';
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
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (createBoard.isPending) return;
        const input = form.parse(event);
        if (!input) return;
        createBoard.mutate(input, {
          onSuccess: (board) => {
            toast.show({ message: t('board.create.done', { title: board.title }) });
            onDone();
          },
          onError: form.fail,
        });
      }}
    >
      <TextField
        name="title"
        label={t('board.create.title')}
        hint={t('board.create.title-hint')}
        error={form.fieldErrors.title}
        maxLength={limits.boardTitle}
        autoComplete="off"
        autoFocus
      />
      <RadioGroup legend={t('board.create.kind')} name="kind" options={kinds} defaultValue="canvas" error={form.fieldErrors.kind} />
      <FormError message={form.formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={createBoard.isPending}>
          {createBoard.isPending ? t('common.saving') : t('board.create.submit')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
