import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { ShareDialog } from './share-dialog';

/** "Del tavla" on the board page, for coordinators and the board's creator. */
export function ShareBoardButton({ board }: { board: Board }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('share.open')}</Button>
      <ShareDialog board={board} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
