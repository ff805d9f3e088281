import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';

interface RowActionsProps {
  /** What the row is called, read with each button ("Rediger Kommunen"). */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** The edit and delete buttons of one row of the table view. */
export function RowActions({ name, onEdit, onDelete }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="quiet" aria-label={t('diagram.table.edit-named', { title: name })} onClick={onEdit}>
        {t('diagram.actions.edit')}
      </Button>
      <Button variant="quiet" aria-label={t('diagram.table.delete-named', { title: name })} onClick={onDelete}>
        {t('diagram.actions.delete')}
      </Button>
    </>
  );
}
