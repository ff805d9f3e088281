import { useTranslation } from 'react-i18next';
import { closeCodes } from '../../../../../shared/sync/close-codes';
import type { ProviderStatus } from '../../../../../shared/sync/diagram-provider';

interface ConnectionNoticeProps {
  connection: { status: ProviderStatus; closedWith: number | null; everSynced: boolean };
}

/**
 * Says in words whether changes reach the others: connecting, offline (your edits wait and are sent
 * when the connection is back), or closed for good (and why). The board page says when it is read-only.
 */
export function ConnectionNotice({ connection }: ConnectionNoticeProps) {
  const { t } = useTranslation();
  let message: string | null = null;
  let tone: 'info' | 'warning' = 'info';
  if (connection.status === 'closed') {
    tone = 'warning';
    const code = connection.closedWith;
    message =
      code === closeCodes.sessionEnded
        ? t('diagram.connection.session-ended')
        : code === closeCodes.boardGone
          ? t('diagram.connection.board-gone')
          : code === closeCodes.shareLinkRevoked
            ? t('diagram.connection.link-revoked')
            : t('diagram.connection.access-revoked');
  } else if (connection.status === 'offline' || (connection.status === 'connecting' && connection.everSynced)) {
    tone = 'warning';
    message = t('diagram.connection.offline');
  }
  return (
    <div role="status" className="diagram-notice-slot" data-workspace-overlay="">
      {message ? <p className={`notice diagram-notice diagram-notice--${tone}`}>{message}</p> : null}
    </div>
  );
}

/** The connection in the workspace bar, in the same words as on canvas boards; announced when it changes. */
export function DiagramStatus({ connection }: ConnectionNoticeProps) {
  const { t } = useTranslation();
  const words = connection.status === 'connected' ? 'online' : connection.status === 'connecting' && !connection.everSynced ? 'connecting' : 'offline';
  if (connection.status === 'closed') return null;
  return (
    <p className={`diagram-status diagram-status--${words}`} role="status" data-testid="diagram-connection">
      <span className="diagram-status__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('canvas.status.label')}: </span>
      {t(`canvas.status.${words}`)}
    </p>
  );
}
