import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors, IssueOverrides } from '../../../lib/use-schema-form';

/** The fields of a new account: email, name, municipality and password. */
export function NewAccountFields({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="email"
        type="email"
        label={t('login.email')}
        hint={t('account.email-hint')}
        error={errors.email}
        autoComplete="email"
        spellCheck={false}
        maxLength={254}
      />
      <TextField
        name="displayName"
        label={t('account.display-name')}
        hint={t('account.display-name-hint')}
        error={errors.displayName}
        autoComplete="name"
        maxLength={limits.displayName}
      />
      <TextField
        name="municipality"
        label={t('account.municipality')}
        hint={t('account.municipality-hint')}
        error={errors.municipality}
        autoComplete="organization"
        maxLength={limits.municipalityName}
        optional
      />
      <TextField
        name="password"
        type="password"
        label={t('account.password.new')}
        hint={t('account.password.new-hint', { min: String(limits.passwordMin) })}
        error={errors.password}
        autoComplete="new-password"
        maxLength={limits.passwordMax}
      />
    </>
  );
}

/** Field texts for the new-account fields that say more than the general ones. */
export function useNewAccountIssues(): IssueOverrides {
  const { t } = useTranslation();
  return {
    email: { invalid_format: t('forms.email-invalid') },
    password: { too_small: t('account.password.too-short', { min: String(limits.passwordMin) }) },
  };
}
