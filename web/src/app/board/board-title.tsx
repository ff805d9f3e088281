import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/limits';
import { renameBoardSchema, type Board } from '../../../../shared/schemas/board';
import { PageHeading } from '../../components/ui/page-heading';
import { useToast } from '../../components/ui/toast-provider';
import { useRenameBoard } from '../../features/boards/api/use-rename-board';
import { useErrorText } from '../../lib/use-error-text';
import { usePasteCut } from '../../lib/use-paste-cut';

/**
 * The board's title in the bar, the page's h1. Those who may rename it do so in place: the
 * button turns the title into a field; Enter saves, Esc puts it back.
 */
export function BoardTitle({ board, canRename }: { board: Board; canRename: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const rename = useRenameBoard();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pasteCut = usePasteCut(limits.boardTitle);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // The field and its buttons go away when editing ends; without this, focus would fall to the
  // page's body and a screen reader user would lose their place.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    const parsed = renameBoardSchema.safeParse({ title });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    if (parsed.data.title === board.title) {
      setEditing(false);
      return;
    }
    rename.mutate(
      { boardId: board.id, title: parsed.data.title },
      {
        onSuccess: (renamed) => {
          toast.show({ message: t('board.rename.done', { title: renamed.title }) });
          setError(null);
          setEditing(false);
        },
        onError: (failure) => setError(errorText(failure)),
      },
    );
  };

  if (editing) {
    return (
      <form className="board-title board-title--editing" onSubmit={save}>
        {/* A Designsystemet field, for its counter of the characters left (tied to the input, read out). */}
        <Field className="board-title__field-wrap">
          <label htmlFor={`${id}-field`} className="visually-hidden">
            {t('workspace.title.field')}
          </label>
          <input
            id={`${id}-field`}
            name="title"
            className="field__input board-title__field"
            defaultValue={board.title}
            maxLength={limits.boardTitle}
            autoComplete="off"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onFocus={(event) => event.currentTarget.select()}
            onPaste={pasteCut.onPaste}
            onInput={pasteCut.onInput}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setError(null);
                setEditing(false);
              }
            }}
          />
          <div className="board-title__messages">
            {/* Not beside an error: Designsystemet's counter sets aria-invalid from the count alone. */}
            {error ? null : (
              <Field.Counter limit={limits.boardTitle} under={t('forms.counter-left', { max: String(limits.boardTitle) })} over={t('forms.counter-over')} />
            )}
            {error ? (
              <p id={`${id}-error`} className="board-title__error" role="alert">
                {error}
              </p>
            ) : null}
            <div role="status">{pasteCut.cut ? <p className="board-title__cut">{t('forms.pasted-cut', { max: String(limits.boardTitle) })}</p> : null}</div>
          </div>
        </Field>
        <button type="submit" className="button button--primary board-title__save" aria-disabled={rename.isPending || undefined}>
          {t('workspace.title.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => (setError(null), setEditing(false))}>
          {t('workspace.title.cancel')}
        </button>
      </form>
    );
  }
  return (
    <div className="board-title">
      <PageHeading>{board.title}</PageHeading>
      {canRename ? (
        <button
          ref={renameButton}
          type="button"
          className="button button--quiet board-title__rename"
          aria-label={t('workspace.title.rename-label', { title: board.title })}
          title={t('workspace.title.rename')}
          onClick={() => setEditing(true)}
        >
          <span aria-hidden="true">✎</span>
        </button>
      ) : null}
    </div>
  );
}
