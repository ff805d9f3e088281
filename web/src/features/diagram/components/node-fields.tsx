import { useCallback, useEffect, useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { actorCategories, diagramLimits, folderKinds, planPhases, planStatuses, scoreMax, scoreMin } from '../../../../../shared/diagram/vocabulary';
import { usePasteCut } from '../../../lib/use-paste-cut';

type Patch = Record<string, unknown>;

interface FieldProps {
  label: string;
  children: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
  hint?: string;
  error?: string | null;
}

/** A labelled form control with hint and error tied to it (the app's field pattern). */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  hint?: string;
  list?: string;
  autoFocus?: boolean;
  /** Says what is wrong with a value (it is then shown and not written), or null when it is fine. */
  validate?: (value: string) => string | null;
}

/**
 * A text field that writes as you type but keeps what you type (spaces included) while the stored
 * value is trimmed, and takes over other people's changes when they differ. A required field that is
 * emptied shows an error and keeps the stored value until it has text again.
 */
export function DraftText({ label, value, onCommit, required, multiline, maxLength = diagramLimits.shortText, hint, list, autoFocus, validate }: TextProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft((current) => (current.trim() === value.trim() ? current : value));
  }, [value]);
  // A field focused for a thing just made holds its made-up name ("Ny aktør"): selected, what the
  // person types replaces it instead of being added after it.
  // Only when the field first appears, not each time autoFocus is given again.
  const [selectFirst] = useState(autoFocus);
  const selectOnMount = useCallback(
    (input: HTMLInputElement | HTMLTextAreaElement | null) => {
      if (input && selectFirst) input.select();
    },
    [selectFirst],
  );
  const error = required && draft.trim() === '' ? t('forms.required') : (validate?.(draft.trim()) ?? null);
  // The browser cuts a paste to maxLength without a word: the field says so.
  const pasteCut = usePasteCut(maxLength);
  const change = (next: string) => {
    setDraft(next);
    if (required && next.trim() === '') return;
    // A value the document would refuse (a half-typed link) stays here until it is right.
    if (validate?.(next.trim())) return;
    onCommit(next);
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        // What the single-line and the multi-line field share.
        const control = {
          id,
          className: 'field__input',
          value: draft,
          maxLength,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          'aria-required': required || undefined,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(event.target.value),
          onPaste: pasteCut.onPaste,
          onInput: pasteCut.onInput,
          autoFocus,
          ref: selectOnMount,
        };
        return (
          <>
            {multiline ? <textarea {...control} rows={3} /> : <input {...control} type="text" list={list} />}
            {/* Always there, so the message is read out when it comes. */}
            <p role="status" className="field__status">
              {pasteCut.cut ? t('forms.pasted-cut', { max: String(maxLength) }) : null}
            </p>
          </>
        );
      }}
    </Field>
  );
}

interface SelectProps<V extends string | number> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  hint?: string;
}

export function SelectField<V extends string | number>({ label, value, options, onChange, hint }: SelectProps<V>) {
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="field__input"
          value={String(value)}
          aria-describedby={describedBy}
          onChange={(event) => {
            const picked = options.find((option) => String(option.value) === event.target.value);
            if (picked) onChange(picked.value);
          }}
        >
          {options.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface NodeFieldsProps {
  node: DiagramNode;
  onPatch: (patch: Patch) => void;
  /** Known lanes (responsible actors), offered as suggestions. */
  lanes: string[];
  /** Put focus in the first field when shown (a node that was just made). */
  autoFocus?: boolean;
}

/**
 * The fields of a node, by type. Used live in the side panel (each change is written at once) and
 * in the table view's add and edit dialogs (changes are kept until "Lagre").
 */
export function NodeFields({ node, onPatch, lanes, autoFocus }: NodeFieldsProps) {
  const { t } = useTranslation();
  const listId = useId();
  const phaseOptions = planPhases.map((phase) => ({ value: phase, label: t(`diagram.phase.${phase}`) }));
  const scoreOptions = Array.from({ length: scoreMax - scoreMin + 1 }, (_, index) => {
    const score = scoreMin + index;
    return { value: score, label: t(`diagram.score.${score as 1}`, { score }) };
  });
  const laneList = (
    <datalist id={listId}>
      {lanes.map((lane) => (
        <option key={lane} value={lane} />
      ))}
    </datalist>
  );

  switch (node.type) {
    case 'aktor': {
      const data = node.data;
      return (
        <>
          <DraftText label={t('diagram.field.name')} value={data.name} required onCommit={(name) => onPatch({ name })} autoFocus={autoFocus} />
          <SelectField
            label={t('diagram.field.category')}
            value={data.category}
            options={actorCategories.map((category) => ({ value: category, label: t(`diagram.category.${category}`) }))}
            onChange={(category) => onPatch({ category })}
          />
          <DraftText label={t('diagram.field.role')} value={data.role} onCommit={(role) => onPatch({ role })} hint={t('diagram.field.role-hint')} />
          <div className="form__row">
            <SelectField label={t('diagram.field.interest')} value={data.interest} options={scoreOptions} onChange={(interest) => onPatch({ interest })} />
            <SelectField label={t('diagram.field.influence')} value={data.influence} options={scoreOptions} onChange={(influence) => onPatch({ influence })} />
          </div>
          <fieldset className="field diagram-phases">
            <legend className="field__label">{t('diagram.field.phases')}</legend>
            {planPhases.map((phase) => (
              <label key={phase} className="diagram-check">
                <input
                  type="checkbox"
                  checked={data.phases.includes(phase)}
                  onChange={(event) =>
                    onPatch({
                      phases: event.target.checked ? planPhases.filter((p) => p === phase || data.phases.includes(p)) : data.phases.filter((p) => p !== phase),
                    })
                  }
                />{' '}
                {t(`diagram.phase.${phase}`)}
              </label>
            ))}
          </fieldset>
          <DraftText
            label={t('diagram.field.contact')}
            value={data.contact}
            onCommit={(contact) => onPatch({ contact })}
            hint={t('diagram.field.contact-hint')}
          />
          <DraftText label={t('diagram.field.note')} value={data.note} multiline maxLength={diagramLimits.longText} onCommit={(note) => onPatch({ note })} />
        </>
      );
    }
    case 'prosessteg': {
      const data = node.data;
      return (
        <>
          <DraftText label={t('diagram.field.title')} value={data.title} required onCommit={(title) => onPatch({ title })} autoFocus={autoFocus} />
          <SelectField label={t('diagram.field.phase')} value={data.phase} options={phaseOptions} onChange={(phase) => onPatch({ phase })} />
          <DraftText
            label={t('diagram.field.lane')}
            value={data.lane}
            list={listId}
            maxLength={diagramLimits.lane}
            onCommit={(lane) => onPatch({ lane })}
            hint={t('diagram.field.lane-hint')}
          />
          {laneList}
          <DraftText
            label={t('diagram.field.legal-ref')}
            value={data.legalRef}
            maxLength={diagramLimits.legalRef}
            onCommit={(legalRef) => onPatch({ legalRef })}
            hint={t('diagram.field.legal-ref-hint')}
          />
          <DraftText
            label={t('diagram.field.deadline')}
            value={data.deadline}
            onCommit={(deadline) => onPatch({ deadline })}
            hint={t('diagram.field.deadline-hint')}
          />
          <DraftText
            label={t('diagram.field.description')}
            value={data.description}
            multiline
            maxLength={diagramLimits.longText}
            onCommit={(description) => onPatch({ description })}
          />
        </>
      );
    }
    case 'avklaringspunkt': {
      const data = node.data;
      return (
        <>
          <DraftText label={t('diagram.field.question')} value={data.question} required onCommit={(question) => onPatch({ question })} autoFocus={autoFocus} />
          <DraftText label={t('diagram.field.decided-by')} value={data.decidedBy} onCommit={(decidedBy) => onPatch({ decidedBy })} />
          <SelectField label={t('diagram.field.phase')} value={data.phase} options={phaseOptions} onChange={(phase) => onPatch({ phase })} />
          <DraftText
            label={t('diagram.field.lane')}
            value={data.lane}
            list={listId}
            maxLength={diagramLimits.lane}
            onCommit={(lane) => onPatch({ lane })}
            hint={t('diagram.field.lane-hint')}
          />
          {laneList}
          <DraftText label={t('diagram.field.note')} value={data.note} multiline maxLength={diagramLimits.longText} onCommit={(note) => onPatch({ note })} />
        </>
      );
    }
    case 'fritekst':
      return (
        <DraftText
          label={t('diagram.field.text')}
          value={node.data.text}
          multiline
          maxLength={diagramLimits.longText}
          onCommit={(text) => onPatch({ text })}
          autoFocus={autoFocus}
        />
      );
    case 'gruppe':
      return <DraftText label={t('diagram.field.group-label')} value={node.data.label} onCommit={(label) => onPatch({ label })} autoFocus={autoFocus} />;
    case 'mappe': {
      const data = node.data;
      return (
        <>
          <DraftText label={t('diagram.field.name')} value={data.name} required onCommit={(name) => onPatch({ name })} autoFocus={autoFocus} />
          <SelectField
            label={t('diagram.field.folder-kind')}
            value={data.kind}
            options={folderKinds.map((kind) => ({ value: kind, label: t(`diagram.folder-kind.${kind}`) }))}
            onChange={(kind) => onPatch({ kind })}
          />
          <DraftText label={t('diagram.field.owner')} value={data.owner} onCommit={(owner) => onPatch({ owner })} hint={t('diagram.field.owner-hint')} />
          <DraftText label={t('diagram.field.note')} value={data.note} multiline maxLength={diagramLimits.longText} onCommit={(note) => onPatch({ note })} />
        </>
      );
    }
    case 'dokument': {
      const data = node.data;
      return (
        <>
          <DraftText label={t('diagram.field.name')} value={data.name} required onCommit={(name) => onPatch({ name })} autoFocus={autoFocus} />
          <DraftText label={t('diagram.field.owner')} value={data.owner} onCommit={(owner) => onPatch({ owner })} hint={t('diagram.field.owner-hint')} />
          <SelectField
            label={t('diagram.field.status')}
            value={data.status}
            hint={t('diagram.field.status-hint')}
            options={planStatuses.map((status) => ({ value: status, label: t(`diagram.plan-status.${status}`) }))}
            onChange={(status) => onPatch({ status })}
          />
          <DraftText
            label={t('diagram.field.link')}
            value={data.link}
            maxLength={diagramLimits.link}
            hint={t('diagram.field.link-hint')}
            validate={(link) => (link === '' || /^https?:\/\/\S+$/i.test(link) ? null : t('diagram.table.link-invalid'))}
            onCommit={(link) => onPatch({ link })}
          />
          <DraftText label={t('diagram.field.note')} value={data.note} multiline maxLength={diagramLimits.longText} onCommit={(note) => onPatch({ note })} />
        </>
      );
    }
  }
}

/** Whether a node's required text is filled in (for the add and edit dialogs). */
export function hasRequiredText(node: DiagramNode): boolean {
  if (node.type === 'aktor') return node.data.name.trim() !== '';
  if (node.type === 'prosessteg') return node.data.title.trim() !== '';
  if (node.type === 'avklaringspunkt') return node.data.question.trim() !== '';
  if (node.type === 'mappe' || node.type === 'dokument')
    return node.data.name.trim() !== '' && (node.type === 'mappe' || node.data.link === '' || /^https?:\/\/\S+$/i.test(node.data.link));
  return true;
}
