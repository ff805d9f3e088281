import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { changePasswordSchema } from '../../../../../shared/schemas/account';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useChangePassword } from '../api/use-change-password';

/** The current password and a new one. Every other browser is logged out afterwards. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const changePassword = useChangePassword();
  const form = useSchemaForm(changePasswordSchema, {
    issues: { newPassword: { too_small: t('account.password.too-short', { min: String(limits.passwordMin) }) } },
    errors: { invalid_credentials: t('account.password.current-wrong') },
    errorFields: { invalid_credentials: 'currentPassword' },
  });

  return (
    <Card asChild>
      <section className="section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password.heading')}</h2>
        <SchemaForm
          form={form}
          pending={changePassword.isPending}
          submitLabel={t('account.password.submit')}
          className="form"
          onValid={(input, formElement) => {
            changePassword.mutate(input, {
              onSuccess: () => {
                formElement.reset();
                toast.show({ message: t('account.password.done') });
              },
              onError: form.fail,
            });
          }}
        >
          <TextField
            name="currentPassword"
            type="password"
            label={t('account.password.current')}
            error={form.fieldErrors.currentPassword}
            autoComplete="current-password"
            maxLength={limits.passwordMax}
          />
          <TextField
            name="newPassword"
            type="password"
            label={t('account.password.new-label')}
            hint={t('account.password.new-hint', { min: String(limits.passwordMin) })}
            error={form.fieldErrors.newPassword}
            autoComplete="new-password"
            maxLength={limits.passwordMax}
          />
        </SchemaForm>
      </section>
    </Card>
  );
}
