import { useTranslation } from 'react-i18next';
import { newAccountSchema } from '../../../../../shared/schemas/account';
import { SchemaForm } from '../../../components/ui/schema-form';
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
    <SchemaForm
      form={form}
      pending={register.isPending}
      submitLabel={t('invite.register-submit')}
      className="form form--narrow"
      aria-labelledby="register-heading"
      onValid={(input) => {
        register.mutateAsync(input).then(({ regionId }) => onJoined(regionId), form.fail);
      }}
    >
      <NewAccountFields errors={form.fieldErrors} />
    </SchemaForm>
  );
}
