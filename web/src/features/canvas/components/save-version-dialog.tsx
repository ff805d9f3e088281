import { useTranslation } from 'react-i18next';
import { canvasLimits } from '../../../../../shared/canvas-limits';
import { createCanvasVersionSchema } from '../../../../../shared/schemas/canvas';
import { Dialog } from '../../../components/ui/dialog';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useSaveVersion } from '../api/use-canvas-versions';

interface SaveVersionDialogProps {
  boardId: string;
  open: boolean;
  onClose: () => void;
}

/** "Lagre versjon": the board as it is now, under a name. */
export function SaveVersionDialog({ boardId, open, onClose }: SaveVersionDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('canvas.save-version.heading')} description={t('canvas.save-version.description')}>
      <SaveVersionForm boardId={boardId} onDone={onClose} />
    </Dialog>
  );
}

function SaveVersionForm({ boardId, onDone }: { boardId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveVersion(boardId);
  const form = useSchemaForm(createCanvasVersionSchema);
  return (
    <SchemaForm
      form={form}
      pending={save.isPending}
      submitLabel={t('canvas.save-version.submit')}
      onCancel={onDone}
      onValid={(input) =>
        save.mutate(input.name, {
          onSuccess: (version) => {
            toast.show({ message: t('canvas.save-version.done', { name: version.name ?? input.name }) });
            onDone();
          },
          onError: form.fail,
        })
      }
    >
      <TextField
        name="name"
        label={t('canvas.save-version.name')}
        hint={t('canvas.save-version.hint')}
        error={form.fieldErrors.name}
        maxLength={canvasLimits.versionName}
        autoComplete="off"
        autoFocus
      />
    </SchemaForm>
  );
}
