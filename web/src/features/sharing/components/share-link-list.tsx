import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelativeTime } from '../../../../../shared/i18n/format-time';
import { meetingScreenQuery } from '../../../../../shared/web/meeting-screen-query';
import { Button } from '../../../components/ui/button';
import { CopyLink } from '../../../components/ui/copy-link';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useNow } from '../../../lib/use-now';
import { useRevokeShareLink } from '../api/use-revoke-share-link';
import { useShareLinks } from '../api/use-share-links';

interface ShareLinkListProps {
  boardId: string;
  /** A link just made: focus goes to its "Kopier lenke" once it is listed. */
  createdId: string | null;
  /** Says what happened, inside the dialog. */
  onMessage: (message: string) => void;
}

/** The board's working share links, each to copy or revoke. */
export function ShareLinkList({ boardId, createdId, onMessage }: ShareLinkListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const errorText = useErrorText();
  const links = useShareLinks(boardId);
  const revoke = useRevokeShareLink(boardId);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!createdId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-share-link="${createdId}"] button`)?.focus();
  }, [createdId, links.data]);

  return (
    <div ref={listRef}>
      <h3 ref={headingRef} tabIndex={-1} id="share-list-heading">
        {t('share.list-heading')}
      </h3>
      {links.isPending ? (
        <LoadingState text={t('loading.share-links')} />
      ) : links.isError ? (
        <ErrorState headingLevel={3} message={errorText(links.error)} onRetry={() => void links.refetch()} />
      ) : links.data.length === 0 ? (
        <p className="empty-note">{t('share.empty')}</p>
      ) : (
        <ul className="row-list" aria-labelledby="share-list-heading">
          {links.data.map((link) => {
            const access = t(`share.${link.access}`);
            const time = formatRelativeTime(new Date(link.createdAt), now, language);
            return (
              <li key={link.id} className="row row--stacked" data-share-link={link.id}>
                <div className="row__main">
                  <h4 className="row__title">{access}</h4>
                  <p className="row__meta">{t('share.created-by', { name: link.createdBy, time })}</p>
                  {link.path ? (
                    <CopyLink
                      url={`${window.location.origin}${link.path}`}
                      label={t('share.link-label', { access, time })}
                      caption={link.access === 'view' ? t('share.browser-link') : undefined}
                    />
                  ) : null}
                  {link.path && link.access === 'view' ? (
                    // The same view link, opened as a meeting-room screen: large type, following the presenter.
                    <CopyLink
                      url={`${window.location.origin}${link.path}?${meetingScreenQuery.name}=${meetingScreenQuery.value}`}
                      label={t('meeting.screen.link-label', { time })}
                      caption={t('meeting.screen.link-caption')}
                    />
                  ) : null}
                </div>
                <Button
                  variant="danger"
                  aria-label={t('share.revoke-named', { access, time })}
                  onClick={() => {
                    if (revoke.isPending) return;
                    revoke.mutate(link.id, {
                      onSuccess: () => {
                        headingRef.current?.focus();
                        onMessage(t('share.revoked'));
                      },
                      onError: (error) => onMessage(errorText(error)),
                    });
                  }}
                >
                  {t('share.revoke')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
