import { useTranslation } from 'react-i18next';
import { setupSchema } from '../../../../../shared/schemas/account';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
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
    <form
      ref={form.formRef}
      noValidate
      className="form form--narrow"
      onSubmit={(event) => {
        event.preventDefault();
        if (setup.isPending) return;
        const input = form.parse(event);
        if (!input) return;
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
      <FormError message={form.formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={setup.isPending}>
          {setup.isPending ? t('common.saving') : t('setup.submit')}
        </Button>
      </div>
    </form>
  );
}
