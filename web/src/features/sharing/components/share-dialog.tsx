import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { shareAccessSchema, type ShareAccess } from '../../../../../shared/schemas/share-link';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { RadioGroup, type RadioOption } from '../../../components/ui/radio-group';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateShareLink } from '../api/use-create-share-link';
import { ShareLinkList } from './share-link-list';

interface ShareDialogProps {
  board: Board;
  open: boolean;
  onClose: () => void;
}

/** "Del tavla": make view-only or edit links, copy them, revoke them. */
export function ShareDialog({ board, open, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('share.heading', { title: board.title })} description={t('share.intro')}>
      <ShareDialogBody boardId={board.id} onClose={onClose} />
    </Dialog>
  );
}

function ShareDialogBody({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const createLink = useCreateShareLink(boardId);
  const [createdId, setCreatedId] = useState<string | null>(null);
  // Toasts sit behind a modal dialog, so messages are said here, in the dialog's own live region.
  const [message, setMessage] = useState<string | null>(null);
  const accessOptions: RadioOption<ShareAccess>[] = [
    { value: 'view', label: t('share.view'), hint: t('share.view-hint') },
    { value: 'edit', label: t('share.edit'), hint: t('share.edit-hint') },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createLink.isPending) return;
    const access = shareAccessSchema.safeParse(new FormData(event.currentTarget).get('access'));
    if (!access.success) return;
    createLink.mutate(access.data, {
      onSuccess: (link) => {
        setCreatedId(link.id);
        setMessage(t('share.created'));
      },
      onError: (error) => setMessage(errorText(error)),
    });
  };

  return (
    <div className="share-dialog">
      <form noValidate onSubmit={submit}>
        <RadioGroup legend={t('share.access')} name="access" options={accessOptions} defaultValue="view" />
        <div className="form-actions">
          <Button type="submit" variant="primary" aria-disabled={createLink.isPending}>
            {createLink.isPending ? t('common.saving') : t('share.create')}
          </Button>
        </div>
      </form>
      <p role="status" className="dialog__status">
        {message}
      </p>
      <ShareLinkList boardId={boardId} createdId={createdId} onMessage={setMessage} />
      <div className="form-actions">
        <Button onClick={onClose}>{t('common.close')}</Button>
      </div>
    </div>
  );
}
