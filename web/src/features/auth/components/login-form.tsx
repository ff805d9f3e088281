import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { loginSchema } from '../../../../../shared/schemas/account';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useLogin } from '../api/use-login';

/** Email and password. Says plainly when they do not match, and how long to wait after too many tries. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useSchemaForm(loginSchema, {
    issues: { email: { invalid_format: t('forms.email-invalid') } },
    errors: { invalid_credentials: t('login.wrong-password') },
    describeError: (error) => {
      if (error.code !== 'too_many_attempts') return undefined;
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 15 * 60) / 60));
      return t('login.too-many', { count: minutes });
    },
  });

  return (
    <SchemaForm
      form={form}
      pending={login.isPending}
      submitLabel={t('login.submit')}
      pendingLabel={t('login.submitting')}
      className="form form--narrow"
      onValid={(input) => {
        // A promise, not callbacks: the page moves on as soon as the person is signed in.
        login.mutateAsync(input).then(onLoggedIn, form.fail);
      }}
    >
      <TextField name="email" type="email" label={t('login.email')} error={form.fieldErrors.email} autoComplete="username" spellCheck={false} maxLength={254} />
      <TextField
        name="password"
        type="password"
        label={t('login.password')}
        error={form.fieldErrors.password}
        autoComplete="current-password"
        maxLength={limits.passwordMax}
      />
    </SchemaForm>
  );
}
