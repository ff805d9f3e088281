import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A notice floating over the board, which the reader can put away once read. `compact` puts a
 * short notice (a heading and a sentence) on one slim line, so it covers little of the board.
 */
export function DismissibleNotice({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className={compact ? 'board-page__notice board-page__notice--compact' : 'board-page__notice'} data-workspace-overlay="">
      {children}
      <button type="button" className="button button--quiet board-page__notice-hide" onClick={() => setHidden(true)}>
        {t('workspace.notice.hide')}
      </button>
    </div>
  );
}
