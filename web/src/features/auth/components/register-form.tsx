import { useTranslation } from 'react-i18next';
import { newAccountSchema } from '../../../../../shared/schemas/account';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useRegister } from '../api/use-register';
import { NewAccountFields, useNewAccountIssues } from './new-account-fields';

interface RegisterFormProps {
  token: string;
  onJoined: (regionId: string) => void;
}

/** Creates an account from an invitation; the person joins the region and is logged in. */
export function RegisterForm({ token, onJoined }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegister(token);
  const form = useSchemaForm(newAccountSchema, {
    issues: useNewAccountIssues(),
    errors: { email_taken: t('invite.email-taken') },
    errorFields: { email_taken: 'email' },
  });

  return (
    <form
      ref={form.formRef}
      noValidate
      className="form form--narrow"
      aria-labelledby="register-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (register.isPending) return;
        const input = form.parse(event);
        if (!input) return;
        register.mutateAsync(input).then(({ regionId }) => onJoined(regionId), form.fail);
      }}
    >
      <NewAccountFields errors={form.fieldErrors} />
      <FormError message={form.formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={register.isPending}>
          {register.isPending ? t('common.saving') : t('invite.register-submit')}
        </Button>
      </div>
    </form>
  );
}
