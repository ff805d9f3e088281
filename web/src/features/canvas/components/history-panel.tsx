import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../../shared/i18n/format-time';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';
import { Button } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useEscapeCloses } from '../../../lib/use-escape-closes';
import { useCanvasVersions, useRestoreVersion } from '../api/use-canvas-versions';
import { versionTitle } from './version-title';

interface HistoryPanelProps {
  boardId: string;
  canRestore: boolean;
  onPreview: (version: CanvasVersion) => void;
  onClose: () => void;
}

/**
 * The board's versions, newest first, with time, who saved them and who edited. Each can be looked
 * at read-only or brought back; bringing one back can be undone from the message that follows.
 */
export function HistoryPanel({ boardId, canRestore, onPreview, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const versions = useCanvasVersions(boardId, true);
  const restore = useRestoreVersionWithUndo(boardId);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the panel hides with the board's menu: the keyboard starts here instead.
  useEffect(() => heading.current?.focus(), []);
  useEscapeCloses(panel, true, onClose);

  return (
    <aside ref={panel} className="canvas-history" aria-labelledby="canvas-history-heading" data-testid="canvas-history" data-workspace-overlay="">
      <div className="canvas-history__header">
        <h2 ref={heading} id="canvas-history-heading" tabIndex={-1}>
          {t('canvas.history.heading')}
        </h2>
        <Button variant="quiet" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <p className="muted">{t('canvas.history.intro')}</p>
      {versions.isPending ? (
        <LoadingState text={t('common.loading')} />
      ) : versions.isError ? (
        <ErrorState headingLevel={3} message={t('errors.unknown')} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <p>{t('canvas.history.empty')}</p>
      ) : (
        <ol className="canvas-history__list" aria-label={t('canvas.history.list')}>
          {versions.data.map((version) => {
            const time = formatDateTime(new Date(version.createdAt), language);
            return (
              <li key={version.id} className="canvas-history__item">
                <p className="canvas-history__title">{versionTitle(version, t)}</p>
                <p className="canvas-history__meta">
                  <time dateTime={version.createdAt}>{time}</time>
                  {' · '}
                  {t('canvas.history.shape-count', { count: version.shapeCount })}
                </p>
                {version.createdBy ? <p className="canvas-history__meta">{t('canvas.history.saved-by', { name: version.createdBy.name })}</p> : null}
                {version.authors.length > 0 ? (
                  <p className="canvas-history__meta">
                    {t('canvas.history.authors', { names: new Intl.ListFormat([language, 'nb'], { type: 'conjunction' }).format(version.authors) })}
                  </p>
                ) : null}
                <div className="canvas-history__actions">
                  <Button variant="secondary" onClick={() => onPreview(version)} aria-label={t('canvas.history.preview-named', { time })}>
                    {t('canvas.history.preview')}
                  </Button>
                  {canRestore ? (
                    <Button
                      variant="secondary"
                      aria-disabled={restore.isPending}
                      onClick={() => !restore.isPending && restore.run(version)}
                      aria-label={t('canvas.history.restore-named', { time })}
                    >
                      {t('canvas.history.restore')}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}

/** Restores a version and offers "Angre", which restores the state kept just before. */
export function useRestoreVersionWithUndo(boardId: string) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const errorText = useErrorText();
  const restore = useRestoreVersion(boardId);
  const run = (version: CanvasVersion) =>
    restore.mutate(version.id, {
      onSuccess: (result) => {
        const keptBefore = result.keptBefore;
        toast.show({
          message: t('canvas.history.restored', { time: formatDateTime(new Date(version.createdAt), language) }),
          action: keptBefore ? { label: t('canvas.history.undo'), onAction: () => restore.mutate(keptBefore) } : undefined,
        });
      },
      onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
    });
  return { run, isPending: restore.isPending };
}
