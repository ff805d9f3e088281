import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { updateAccountSchema, type User } from '../../../../../shared/schemas/account';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useUpdateAccount } from '../api/use-update-account';

/** The name others see, and the municipality the person works in. */
export function AccountDetailsForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const updateAccount = useUpdateAccount();
  const form = useSchemaForm(updateAccountSchema);

  return (
    <Card asChild>
      <section className="section" aria-labelledby="account-details-heading">
        <h2 id="account-details-heading">{t('account.details-heading')}</h2>
        <SchemaForm
          form={form}
          pending={updateAccount.isPending}
          submitLabel={t('settings.save')}
          className="form"
          onValid={(input) => {
            updateAccount.mutate(input, {
              onSuccess: () => toast.show({ message: t('account.saved') }),
              onError: form.fail,
            });
          }}
        >
          <TextField
            name="displayName"
            label={t('account.display-name')}
            hint={t('account.display-name-hint')}
            defaultValue={user.displayName}
            error={form.fieldErrors.displayName}
            autoComplete="name"
            maxLength={limits.displayName}
          />
          <TextField
            name="municipality"
            label={t('account.municipality')}
            hint={t('account.municipality-hint')}
            defaultValue={user.municipality ?? ''}
            error={form.fieldErrors.municipality}
            autoComplete="organization"
            maxLength={limits.municipalityName}
            optional
          />
        </SchemaForm>
      </section>
    </Card>
  );
}
