import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../../shared/limits';
import type { Board } from '../../../../../shared/schemas/board';
import { saveAsTemplateSchema } from '../../../../../shared/schemas/template';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useSaveAsTemplate } from '../api/use-region-templates';

/** "Lagre som mal" on the board page, for coordinators and members: a name, a description, and it is saved. */
export function SaveAsTemplateButton({ board }: { board: Board }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('templates.save.open')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('templates.save.heading')} description={t('templates.save.intro')}>
        <SaveAsTemplateForm board={board} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function SaveAsTemplateForm({ board, onDone }: { board: Board; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const save = useSaveAsTemplate(board.id, board.regionId);
  const form = useSchemaForm(saveAsTemplateSchema);
  return (
    <SchemaForm
      form={form}
      pending={save.isPending}
      submitLabel={t('templates.save.submit')}
      onCancel={onDone}
      onValid={(input) =>
        save.mutate(input, {
          onSuccess: (template) => {
            toast.show({
              message: t('templates.save.done', { title: template.title }),
              action: {
                label: t('templates.save.see-gallery'),
                onAction: () => void navigate(`/samarbeid/${board.regionId}/maler#egen-${template.id}`),
              },
            });
            onDone();
          },
          onError: form.fail,
        })
      }
    >
      <TextField
        name="title"
        label={t('templates.save.title')}
        defaultValue={board.title.slice(0, limits.templateTitle)}
        error={form.fieldErrors.title}
        maxLength={limits.templateTitle}
        counter
        autoComplete="off"
        autoFocus
      />
      <TextField
        name="description"
        multiline
        rows={3}
        optional
        label={t('templates.save.description')}
        hint={t('templates.save.description-hint')}
        error={form.fieldErrors.description}
        maxLength={limits.templateDescription}
      />
    </SchemaForm>
  );
}
