import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where the canvas and diagram editors mount (the board page passes the editor for the board's
 * kind). Without one it says the editor is not ready.
 */
export function BoardEditorArea({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="board-editor-area"
      role="region"
      aria-label={t('board.page.editor-label')}
      className={children ? 'editor-area editor-area--filled' : 'editor-area'}
    >
      {children ?? <p className="editor-area__placeholder">{t('board.page.editor-placeholder')}</p>}
    </div>
  );
}
