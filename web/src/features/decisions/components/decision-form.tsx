import { ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { norwegianDay } from '../../../../../shared/barometer/round-status';
import { decisionLimits, type Decision } from '../../../../../shared/schemas/decision';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useMarkDecision } from '../api/use-decisions';

/** Something on a board that can be marked: its id and the text it shows. */
export interface DecisionItem {
  id: string;
  label: string;
}

interface DecisionFormProps {
  boardId: string;
  regionId: string;
  items: DecisionItem[];
  /** The decision being changed, or null for a new one. */
  editing: Decision | null;
  initialItemId: string | null;
  onSaved: () => void;
}

/** Marks an item as a decision: which item, what was decided, the day, and who agreed. */
export function DecisionForm({ boardId, regionId, items, editing, initialItemId, onSaved }: DecisionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const toast = useToast();
  const errorText = useErrorText();
  const mark = useMarkDecision(boardId, regionId);
  // A decision whose item has gone from the board can still be changed: it keeps its old label.
  const options = editing && !items.some((item) => item.id === editing.itemId) ? [...items, { id: editing.itemId, label: editing.itemLabel }] : items;
  const [itemId, setItemId] = useState(initialItemId && options.some((item) => item.id === initialItemId) ? initialItemId : '');
  const [text, setText] = useState(editing?.text ?? '');
  const [decidedOn, setDecidedOn] = useState(editing?.decidedOn ?? norwegianDay(new Date()));
  const [agreedBy, setAgreedBy] = useState(editing?.agreedBy ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'item' | 'text' | 'decidedOn' | 'agreedBy', string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused submit, focus goes to the first field to fix (as useSchemaForm does).
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const labelOf = (item: DecisionItem) => item.label.replace(/\s+/g, ' ').trim().slice(0, decisionLimits.itemLabel) || t('decisions.item-untitled');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mark.isPending) return;
    const item = options.find((candidate) => candidate.id === itemId);
    const next: typeof fieldErrors = {};
    if (!item) next.item = t('decisions.choose-item');
    if (!text.trim()) next.text = t('forms.required');
    if (!decidedOn) next.decidedOn = t('forms.required');
    if (!agreedBy.trim()) next.agreedBy = t('forms.required');
    setFieldErrors(next);
    setProblem(null);
    if (!item || Object.keys(next).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    mark.mutate(
      {
        itemId: item.id,
        itemLabel: item.label.replace(/\s+/g, ' ').trim().slice(0, decisionLimits.itemLabel),
        text: text.trim(),
        decidedOn,
        agreedBy: agreedBy.trim(),
      },
      {
        onSuccess: () => {
          toast.show({ message: t('decisions.saved') });
          setText('');
          setAgreedBy('');
          setItemId('');
          onSaved();
        },
        onError: (error) => setProblem(errorText(error)),
      },
    );
  };

  return (
    <form ref={formRef} noValidate className="decision-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{editing ? t('decisions.edit-heading') : t('decisions.form-heading')}</h3>
      {options.length === 0 ? (
        <p className="empty-note">{t('decisions.no-items')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-item`}>
              {t('decisions.item')}
            </label>
            <select
              id={`${id}-item`}
              className="field__input"
              value={itemId}
              aria-required
              aria-invalid={fieldErrors.item ? true : undefined}
              aria-describedby={fieldErrors.item ? `${id}-item-error` : undefined}
              onChange={(event) => setItemId(event.target.value)}
            >
              <option value="">{t('decisions.item-placeholder')}</option>
              {options.map((item) => (
                <option key={item.id} value={item.id}>
                  {labelOf(item)}
                </option>
              ))}
            </select>
            {fieldErrors.item ? (
              <ValidationMessage id={`${id}-item-error`}>
                <span className="ds-sr-only">{t('forms.error-prefix')} </span>
                {fieldErrors.item}
              </ValidationMessage>
            ) : null}
          </div>
          <TextField
            label={t('decisions.text')}
            name="text"
            multiline
            rows={2}
            maxLength={decisionLimits.text}
            aria-required
            error={fieldErrors.text}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <TextField
            label={t('decisions.date')}
            name="decidedOn"
            type="date"
            width="short"
            aria-required
            error={fieldErrors.decidedOn}
            value={decidedOn}
            onChange={(event) => setDecidedOn(event.target.value)}
          />
          <TextField
            label={t('decisions.agreed-by')}
            hint={t('decisions.agreed-by-hint')}
            name="agreedBy"
            maxLength={decisionLimits.agreedBy}
            aria-required
            error={fieldErrors.agreedBy}
            value={agreedBy}
            onChange={(event) => setAgreedBy(event.target.value)}
          />
          <FormError message={problem} />
          <div className="form-actions">
            <Button type="submit" variant="primary" aria-disabled={mark.isPending || undefined}>
              {editing ? t('decisions.save') : t('decisions.mark')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
