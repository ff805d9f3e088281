import { useTranslation } from 'react-i18next';
import { canvasLimits } from '../../../../../shared/canvas-limits';
import { createCanvasVersionSchema } from '../../../../../shared/schemas/canvas';
import { SingleFieldDialog } from '../../../components/ui/single-field-dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { useSaveVersion } from '../api/use-canvas-versions';

interface SaveVersionDialogProps {
  boardId: string;
  open: boolean;
  onClose: () => void;
}

/** "Lagre versjon": the board as it is now, under a name. */
export function SaveVersionDialog({ boardId, open, onClose }: SaveVersionDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveVersion(boardId);
  return (
    <SingleFieldDialog
      open={open}
      onClose={onClose}
      title={t('canvas.save-version.heading')}
      description={t('canvas.save-version.description')}
      schema={createCanvasVersionSchema}
      name="name"
      label={t('canvas.save-version.name')}
      hint={t('canvas.save-version.hint')}
      maxLength={canvasLimits.versionName}
      submitLabel={t('canvas.save-version.submit')}
      pending={save.isPending}
      onValid={(input, answer) =>
        save.mutate(input.name, {
          onSuccess: (version) => {
            toast.show({ message: t('canvas.save-version.done', { name: version.name ?? input.name }) });
            answer.done();
          },
          onError: answer.fail,
        })
      }
    />
  );
}
