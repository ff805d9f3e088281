import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { useBoardActions } from '../hooks/use-board-actions';

/** Shown on an archived board's page: says so and, to those allowed, offers to bring it back. */
export function ArchivedBoardNotice({ board, canRestore }: { board: Board; canRestore: boolean }) {
  const { t } = useTranslation();
  const actions = useBoardActions();
  return (
    <Alert data-color="warning" className="notice-alert" role="region" aria-labelledby="archived-notice-title">
      <Heading level={2} data-size="xs" id="archived-notice-title">
        {t('board.page.archived-title')}
      </Heading>
      {canRestore ? (
        <>
          <Paragraph>{t('board.page.archived-text')}</Paragraph>
          <Button variant="primary" onClick={() => actions.restore(board)}>
            {t('board.actions.restore')}
          </Button>
        </>
      ) : (
        <Paragraph>{t('board.page.archived-text-read')}</Paragraph>
      )}
    </Alert>
  );
}
