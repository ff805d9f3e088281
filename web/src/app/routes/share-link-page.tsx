import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { meetingScreenQuery } from '../../../../shared/web/meeting-screen-query';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/loading-state';
import { PageHeading } from '../../components/ui/page-heading';
import { useOpenShareLink } from '../../features/sharing/api/use-open-share-link';
import { ApiRequestError } from '../../lib/api-error';
import { rememberGuestLink } from '../../lib/guest-link';
import { queryKeys } from '../../lib/query-keys';
import type { AuthState } from '../../lib/use-auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useErrorText } from '../../lib/use-error-text';

/**
 * `/del/:token`: opens a board share link. No account is needed: the server makes this browser a
 * guest of the board, and the board opens. Revoked or unknown links say so.
 */
export function ShareLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const open = useOpenShareLink();
  const queryClient = useQueryClient();
  const started = useRef(false);
  // A meeting-room screen link (`/del/:token?visning=skjerm`) opens the board as that screen.
  const [params] = useSearchParams();
  const screen = params.get(meetingScreenQuery.name) === meetingScreenQuery.value;

  const start = () =>
    open.mutateAsync(token).then(
      ({ boardId }) => {
        // Members keep their own access; only a guest visit is worth remembering.
        const auth = queryClient.getQueryData<AuthState>(queryKeys.me());
        if (!auth?.user && auth?.guest?.boardId === boardId) rememberGuestLink(token, boardId);
        void navigate(`/tavler/${boardId}${screen ? `?${meetingScreenQuery.name}=${meetingScreenQuery.value}` : ''}`, { replace: true });
      },
      () => undefined,
    );

  useEffect(() => {
    // Once per visit: opening makes a guest session on the server.
    if (started.current) return;
    started.current = true;
    void start();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit, whatever start closes over
  }, []);

  const code = open.error instanceof ApiRequestError ? open.error.code : null;
  const title = code === 'share_link_revoked' ? t('share-landing.revoked-title') : code === 'not_found' ? t('share-landing.not-found-title') : undefined;
  useDocumentTitle(title);

  if (title) {
    return (
      <div className="auth-page">
        <PageHeading>{title}</PageHeading>
        <p className="lead">{code === 'share_link_revoked' ? t('share-landing.revoked-text') : t('share-landing.not-found-text')}</p>
      </div>
    );
  }
  if (open.isError) return <ErrorState headingLevel={1} message={errorText(open.error)} onRetry={() => void start()} />;
  return <LoadingState text={t('loading.opening-share-link')} />;
}
