import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useOpenNewBoard } from '../../../lib/new-board-mark';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateFromTemplate } from '../api/use-create-from-template';
import { useTemplates } from '../api/use-templates';

interface StartWorksheetButtonProps {
  regionId: string;
  templateId: string;
  /** Coordinators and members may make boards; others see the worksheet's name as a link to the gallery. */
  canCreate: boolean;
}

/**
 * One click from a worksheet's name to a new board made from it (its first variant), opened at
 * once. Used where something points to a worksheet, such as a weak principle in the barometer.
 */
export function StartWorksheetButton({ regionId, templateId, canCreate }: StartWorksheetButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const openNewBoard = useOpenNewBoard();
  const toast = useToast();
  const errorText = useErrorText();
  const templates = useTemplates();
  const create = useCreateFromTemplate(regionId);
  const title = templates.data?.find((template) => template.id === templateId)?.texts[language].title ?? templateId;
  if (!canCreate) return <span>{title}</span>;
  return (
    <Button
      variant="secondary"
      aria-disabled={create.isPending || undefined}
      onClick={() => {
        if (create.isPending) return;
        create.mutate(
          { templateId },
          {
            // The board page says it is made, what it is called, and offers to rename it.
            onSuccess: openNewBoard,
            onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
          },
        );
      }}
    >
      {create.isPending ? t('templates.card.creating') : t('templates.card.use-named', { title })}
    </Button>
  );
}
