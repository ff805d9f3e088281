import { Tag } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRelativeTime } from '../../../../../shared/i18n/format-time';
import type { Invitation } from '../../../../../shared/schemas/membership';
import { Button } from '../../../components/ui/button';
import { CopyLink } from '../../../components/ui/copy-link';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useNow } from '../../../lib/use-now';
import { useInvitations } from '../api/use-invitations';
import { useRevokeInvitation } from '../api/use-revoke-invitation';

/** Every invitation with its status in words; active ones can be copied again or revoked. */
export function InvitationList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const toast = useToast();
  const errorText = useErrorText();
  const invitations = useInvitations(regionId);
  const revoke = useRevokeInvitation(regionId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const statusDetail = (invitation: Invitation) => {
    const date = formatDate(new Date(invitation.expiresAt), language);
    if (invitation.status === 'active') return t('invitations.works-until', { date });
    if (invitation.status === 'used') return t('invitations.used-by', { name: invitation.usedBy ?? '' });
    if (invitation.status === 'expired') return t('invitations.expired-at', { date });
    return null;
  };

  return (
    <section aria-labelledby="invite-list-heading" className="subsection">
      <h3 id="invite-list-heading" ref={headingRef} tabIndex={-1}>
        {t('invitations.list-heading')}
      </h3>
      {invitations.isPending ? (
        <LoadingState text={t('loading.invitations')} />
      ) : invitations.isError ? (
        <ErrorState headingLevel={3} message={errorText(invitations.error)} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="empty-note">{t('invitations.empty')}</p>
      ) : (
        <ul className="row-list" aria-labelledby="invite-list-heading">
          {invitations.data.map((invitation) => {
            const role = t(`role.noun.${invitation.role}`);
            const time = formatRelativeTime(new Date(invitation.createdAt), now, language);
            const detail = statusDetail(invitation);
            return (
              <li key={invitation.id} className="row">
                <div className="row__main">
                  <h4 className="row__title">{t('invitations.item-title', { role })}</h4>
                  <p className="row__meta">
                    <Tag data-color={invitation.status === 'active' ? 'info' : 'neutral'} data-size="sm" className="badge">
                      {t(`invitations.status.${invitation.status}`)}
                    </Tag>
                    {detail ? <span>{detail}</span> : null}
                    <span>{t('invitations.created-by', { name: invitation.createdBy, time })}</span>
                  </p>
                  {invitation.path ? (
                    <CopyLink url={`${window.location.origin}${invitation.path}`} label={t('invitations.link-label', { role, time })} />
                  ) : null}
                </div>
                {invitation.status === 'active' ? (
                  <Button
                    variant="danger"
                    aria-label={t('invitations.revoke-named', { role, time })}
                    onClick={() => {
                      if (revoke.isPending) return;
                      revoke.mutate(invitation.id, {
                        onSuccess: () => {
                          // The pressed button disappears with the active status.
                          headingRef.current?.focus();
                          toast.show({ message: t('invitations.revoked') });
                        },
                        onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
                      });
                    }}
                  >
                    {t('invitations.revoke')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
