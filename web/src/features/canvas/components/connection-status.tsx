import { useTranslation } from 'react-i18next';
import type { ConnectionWords } from '../hooks/use-connection-words';

/** The connection state in plain words, announced politely when it changes. */
export function ConnectionStatus({ words }: { words: ConnectionWords }) {
  const { t } = useTranslation();
  return (
    <p className={`canvas-status canvas-status--${words}`} role="status" data-testid="canvas-connection">
      <span className="canvas-status__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('canvas.status.label')}: </span>
      {t(`canvas.status.${words}`)}
    </p>
  );
}
