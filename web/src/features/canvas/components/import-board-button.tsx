import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { importAsNewBoard } from '../api/canvas-api';
import { FileForm } from './file-form';

/**
 * "Lag lerret fra fil" on a region's page: a new canvas board from a .tldr file (any tldraw
 * version from 2 on). Loads no tldraw code: the server reads and migrates the file.
 */
export function ImportBoardButton({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('canvas.import.new-board')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('canvas.import.new-board-heading')} description={t('canvas.import.new-board-text')}>
        <FileForm
          label={t('canvas.import.file')}
          hint={t('canvas.import.file-hint')}
          accept=".tldr,application/vnd.tldraw+json,application/json"
          submitLabel={t('canvas.import.submit')}
          workingLabel={t('canvas.import.working')}
          onCancel={() => setOpen(false)}
          onSubmit={async (file) => {
            const board = await importAsNewBoard(regionId, file);
            await queryClient.invalidateQueries({ queryKey: ['regions', regionId] });
            toast.show({ message: t('canvas.import.new-board-done', { title: board.title }) });
            setOpen(false);
            void navigate(`/tavler/${board.id}`);
          }}
        />
      </Dialog>
    </>
  );
}
