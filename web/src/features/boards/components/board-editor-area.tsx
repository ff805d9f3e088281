import { useTranslation } from 'react-i18next';

/** Where the canvas and diagram editors will mount. Until then it says so. */
export function BoardEditorArea() {
  const { t } = useTranslation();
  return (
    <div data-testid="board-editor-area" role="region" aria-label={t('board.page.editor-label')} className="editor-area">
      <p className="editor-area__placeholder">{t('board.page.editor-placeholder')}</p>
    </div>
  );
}
