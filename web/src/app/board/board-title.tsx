import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/limits';
import { renameBoardSchema, type Board } from '../../../../shared/schemas/board';
import { PageHeading } from '../../components/ui/page-heading';
import { useToast } from '../../components/ui/toast-provider';
import { useRenameBoard } from '../../features/boards/api/use-rename-board';
import { useErrorText } from '../../lib/use-error-text';

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
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setError(null);
              setEditing(false);
            }
          }}
        />
        <button type="submit" className="button button--primary board-title__save" aria-disabled={rename.isPending || undefined}>
          {t('workspace.title.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => (setError(null), setEditing(false))}>
          {t('workspace.title.cancel')}
        </button>
        {error ? (
          <p id={`${id}-error`} className="board-title__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    );
  }
  return (
    <div className="board-title">
      <PageHeading>{board.title}</PageHeading>
      {canRename ? (
        <button
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
