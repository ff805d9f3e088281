import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { updateAccountSchema, type User } from '../../../../../shared/schemas/account';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
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
    <section className="section" aria-labelledby="account-details-heading">
      <h2 id="account-details-heading">{t('account.details-heading')}</h2>
      <form
        ref={form.formRef}
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (updateAccount.isPending) return;
          const input = form.parse(event);
          if (!input) return;
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
        <FormError message={form.formError} />
        <div className="form-actions">
          <Button type="submit" variant="primary" aria-disabled={updateAccount.isPending}>
            {updateAccount.isPending ? t('common.saving') : t('settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
