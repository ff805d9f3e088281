import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';

interface TableFormProps {
  /** Why the last submit was refused, read out at once; null when nothing is wrong. */
  error: string | null;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The form inside the table view's dialogs: the refusal, the fields, then submit and cancel. */
export function TableForm({ error, submitLabel, onSubmit, onCancel, children }: TableFormProps) {
  const { t } = useTranslation();
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
