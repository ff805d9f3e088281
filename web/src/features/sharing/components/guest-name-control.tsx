import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guestNameSchema } from '../../../../../shared/schemas/share-link';
import { limits } from '../../../../../shared/limits';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useRenameGuest } from '../api/use-rename-guest';

/** "Du er gjest: Gjest — Endre navn": a guest sees who they are to others and can change it. */
export function GuestNameControl({ name }: { name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="guest-badge">
      <span>{t('guest.you-are', { name })}</span>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t('guest.rename')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('guest.rename-heading')}>
        <GuestNameForm name={name} onDone={() => setOpen(false)} />
      </Dialog>
    </div>
  );
}

function GuestNameForm({ name, onDone }: { name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const rename = useRenameGuest();
  const form = useSchemaForm(guestNameSchema);
  return (
    <SchemaForm
      form={form}
      pending={rename.isPending}
      submitLabel={t('common.save')}
      onCancel={onDone}
      onValid={(input) =>
        rename.mutate(input.guestName, {
          onSuccess: (guest) => {
            toast.show({ message: t('guest.renamed', { name: guest.name }) });
            onDone();
          },
          onError: form.fail,
        })
      }
    >
      <TextField
        name="guestName"
        label={t('guest.name-label')}
        hint={t('guest.name-hint')}
        defaultValue={name}
        error={form.fieldErrors.guestName}
        maxLength={limits.displayName}
        autoComplete="name"
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
      />
    </SchemaForm>
  );
}
