import { Card, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRelativeTime } from '../../../../../shared/i18n/format-time';
import type { SessionSummary } from '../../../../../shared/schemas/account';
import { Button } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useNow } from '../../../lib/use-now';
import { useEndAllSessions } from '../api/use-end-all-sessions';
import { useEndSession } from '../api/use-end-session';
import { useSessions } from '../api/use-sessions';
import { describeUserAgent } from './describe-user-agent';

/**
 * Where the account is logged in: each browser with when it logged in and was last used, this one
 * marked. Each can be logged out, or all at once ("Logg ut på alle enheter").
 */
export function SessionList({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const toast = useToast();
  const errorText = useErrorText();
  const sessions = useSessions();
  const endSession = useEndSession();
  const endAll = useEndAllSessions();
  const showError = (error: unknown) => toast.show({ message: errorText(error), tone: 'error' });

  const deviceName = (session: SessionSummary) => {
    const device = describeUserAgent(session.userAgent);
    return device ? t('account.sessions.device', { browser: device.browser, system: device.system }) : t('account.sessions.unknown-device');
  };

  return (
    <Card asChild>
      <section className="section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" tabIndex={-1}>
          {t('account.sessions.heading')}
        </h2>
        <p>{t('account.sessions.intro')}</p>
        {sessions.isPending ? (
          <LoadingState text={t('loading.sessions')} />
        ) : sessions.isError ? (
          <ErrorState headingLevel={3} message={errorText(sessions.error)} onRetry={() => void sessions.refetch()} />
        ) : (
          <ul className="row-list" aria-labelledby="sessions-heading">
            {sessions.data.map((session) => {
              const device = deviceName(session);
              const lastUsed = formatRelativeTime(new Date(session.lastSeenAt), now, language);
              return (
                <li key={session.id} className="row">
                  <div className="row__main">
                    <h3 className="row__title">
                      {device}
                      {session.current ? (
                        <Tag data-color="info" data-size="sm" className="badge">
                          {t('account.sessions.this-device')}
                        </Tag>
                      ) : null}
                    </h3>
                    <p className="row__meta">
                      <span>{t('account.sessions.signed-in-at', { date: formatDate(new Date(session.createdAt), language) })}</span>
                      <span>{t('account.sessions.last-used', { time: lastUsed })}</span>
                    </p>
                  </div>
                  <Button
                    aria-label={t('account.sessions.end-named', { device, time: lastUsed })}
                    onClick={async () => {
                      if (endSession.isPending) return;
                      try {
                        await endSession.mutateAsync(session);
                      } catch (error) {
                        showError(error);
                        return;
                      }
                      toast.show({ message: t('account.sessions.ended', { device }) });
                      // The row with the pressed button is gone; the list's heading takes focus.
                      if (session.current) onSignedOut();
                      else document.getElementById('sessions-heading')?.focus();
                    }}
                  >
                    {t('account.sessions.end')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <Button
          variant="danger"
          aria-describedby="end-all-hint"
          aria-disabled={endAll.isPending}
          onClick={async () => {
            if (endAll.isPending) return;
            try {
              await endAll.mutateAsync();
            } catch (error) {
              showError(error);
              return;
            }
            // mutateAsync, not callbacks: the page may already be gone once the person is signed out.
            toast.show({ message: t('account.sessions.ended-all') });
            onSignedOut();
          }}
        >
          {t('account.sessions.end-all')}
        </Button>
        <p className="field__hint end-all-hint" id="end-all-hint">
          {t('account.sessions.end-all-hint')}
        </p>
      </section>
    </Card>
  );
}
