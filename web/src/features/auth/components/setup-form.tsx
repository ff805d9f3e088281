import { useTranslation } from 'react-i18next';
import { setupSchema } from '../../../../../shared/schemas/account';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useSetup } from '../api/use-setup';
import { NewAccountFields, useNewAccountIssues } from './new-account-fields';

interface SetupFormProps {
  /** The code from the link the server printed (`#kode=…`), or empty to paste it. */
  initialToken: string;
  onDone: () => void;
}

/** The first administrator's account, guarded by the one-time code from the server log. */
export function SetupForm({ initialToken, onDone }: SetupFormProps) {
  const { t } = useTranslation();
  const setup = useSetup();
  const form = useSchemaForm(setupSchema, {
    issues: useNewAccountIssues(),
    errors: { setup_token_invalid: t('setup.token-invalid'), email_taken: t('errors.email_taken') },
    errorFields: { setup_token_invalid: 'token' },
  });

  return (
    <SchemaForm
      form={form}
      pending={setup.isPending}
      submitLabel={t('setup.submit')}
      className="form form--narrow"
      onValid={(input) => {
        setup.mutateAsync(input).then(onDone, form.fail);
      }}
    >
      <TextField
        name="token"
        label={t('setup.token')}
        hint={t('setup.token-hint')}
        error={form.fieldErrors.token}
        defaultValue={initialToken}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
      />
      <NewAccountFields errors={form.fieldErrors} />
    </SchemaForm>
  );
}
