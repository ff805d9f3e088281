import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { core, z } from 'zod';
import { ApiRequestError } from './api-error';
import { useErrorText, type ErrorCodeKey, type ErrorTextOverrides } from './use-error-text';

/** Field-specific texts by field path and zod issue code, e.g. `{ kommunenummer: { custom: '…' } }`. */
export type IssueOverrides = Record<string, Partial<Record<core.$ZodIssue['code'], string>>>;

export type FieldErrors = Record<string, string>;

interface Options {
  issues?: IssueOverrides;
  errors?: ErrorTextOverrides;
  /** API error codes that are about one field, e.g. `{ conflict: 'kommunenummer' }`: shown there. */
  errorFields?: Partial<Record<ErrorCodeKey, string>>;
  /** A text made from the error itself (e.g. how long to wait); undefined falls back to the others. */
  describeError?: (error: ApiRequestError) => string | undefined;
}

/**
 * Client-side validation with a shared zod schema, plus the API's answer when it still fails.
 * Field messages go next to their fields; focus moves to the first field that needs fixing.
 */
export function useSchemaForm<Schema extends z.ZodType>(schema: Schema, options: Options = {}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const issueText = useCallback(
    (issue: core.$ZodIssue): string => {
      const override = options.issues?.[issue.path.join('.')]?.[issue.code];
      if (override) return override;
      if (issue.code === 'too_small') return t('forms.required');
      if (issue.code === 'too_big') return t('forms.too-long', { max: String(issue.maximum) });
      // Other codes carry zod's own message, which follows the interface language.
      return issue.message || t('forms.invalid');
    },
    [options.issues, t],
  );

  /** Parses the form's fields; on failure shows the messages and returns null. */
  const parse = useCallback(
    (event: FormEvent<HTMLFormElement>): z.output<Schema> | null => {
      const values = Object.fromEntries(new FormData(event.currentTarget));
      const result = schema.safeParse(values);
      setFormError(null);
      if (result.success) {
        setFieldErrors({});
        return result.data;
      }
      const next: FieldErrors = {};
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        // A problem with the form as a whole has no field to sit next to.
        if (path === '') setFormError(issueText(issue));
        else next[path] ??= issueText(issue);
      }
      setFieldErrors(next);
      setFocusRequest((count) => count + 1);
      return null;
    },
    [schema, issueText],
  );

  /** Shows what went wrong when the API refused or could not be reached. */
  const fail = useCallback(
    (error: unknown) => {
      const apiError = error instanceof ApiRequestError ? error : null;
      const text = (apiError && options.describeError?.(apiError)) ?? errorText(error, options.errors);
      const field = apiError ? options.errorFields?.[apiError.code] : undefined;
      if (field) {
        setFieldErrors({ [field]: text });
        setFocusRequest((count) => count + 1);
        return;
      }
      setFormError(text);
      if (error instanceof ApiRequestError && error.fields.length > 0) {
        setFieldErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
        setFocusRequest((count) => count + 1);
      }
    },
    [errorText, options],
  );

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { formRef, fieldErrors, formError, parse, fail, reset };
}
