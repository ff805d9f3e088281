import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { importIntoBoard } from '../api/canvas-api';
import { canvasQueryKeys } from '../api/canvas-query-keys';
import { FileForm } from './file-form';

interface ImportDialogProps {
  boardId: string;
  open: boolean;
  onClose: () => void;
}

/** A .tldr file in place of the board's content; what was there is kept in the history. */
export function ImportDialog({ boardId, open, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  return (
    <Dialog open={open} onClose={onClose} title={t('canvas.import.heading')} description={t('canvas.import.text')}>
      <FileForm
        label={t('canvas.import.file')}
        hint={t('canvas.import.file-hint')}
        accept=".tldr,application/vnd.tldraw+json,application/json"
        submitLabel={t('canvas.import.submit')}
        workingLabel={t('canvas.import.working')}
        onCancel={onClose}
        onSubmit={async (file) => {
          await importIntoBoard(boardId, file);
          await queryClient.invalidateQueries({ queryKey: canvasQueryKeys.versions(boardId) });
          toast.show({ message: t('canvas.import.done', { name: file.name }) });
          onClose();
        }}
      />
    </Dialog>
  );
}
