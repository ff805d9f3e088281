import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A notice floating over the board, which the reader can put away once read. */
export function DismissibleNotice({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="board-page__notice" data-workspace-overlay="">
      {children}
      <button type="button" className="button button--quiet board-page__notice-hide" onClick={() => setHidden(true)}>
        {t('workspace.notice.hide')}
      </button>
    </div>
  );
}
