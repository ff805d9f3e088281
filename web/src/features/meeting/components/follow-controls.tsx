import { useTranslation } from 'react-i18next';
import type { MeetingPerson } from '../../../../../shared/meeting/meeting-state';
import { Button } from '../../../components/ui/button';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';

interface FollowControlsProps {
  client: MeetingClient;
  presenter: MeetingPerson | null;
  youPresent: boolean;
  following: boolean;
  /** May run the meeting now: an editor, and connected (a request sent offline would be dropped). */
  canControl: boolean;
  onFollow: (follow: boolean) => void;
}

/**
 * Who presents, and one button to present, stop, step out or follow again. That button is where the
 * keyboard lands when pressing the one before took it away (`data-focus-landing`, lib/focus-landing.ts).
 */
export function FollowControls({ client, presenter, youPresent, following, canControl, onFollow }: FollowControlsProps) {
  const { t } = useTranslation();
  if (youPresent) {
    return (
      <div className="meeting-follow">
        <p className="meeting-follow__text" role="status">
          {t('meeting.follow.presenting')}
        </p>
        {canControl ? (
          <Button variant="secondary" onClick={() => client.send({ type: 'presenter/stop' })} data-focus-landing>
            {t('meeting.follow.stop-presenting')}
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="meeting-follow">
      <p className="meeting-follow__text" role="status">
        {!presenter
          ? t('meeting.follow.nobody')
          : following
            ? t('meeting.follow.following', { name: presenter.name })
            : t('meeting.follow.not-following', { name: presenter.name })}
      </p>
      {presenter ? (
        following ? (
          <Button variant="secondary" onClick={() => onFollow(false)} data-focus-landing>
            {t('meeting.follow.step-out')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => onFollow(true)} data-focus-landing>
            {t('meeting.follow.rejoin', { name: presenter.name })}
          </Button>
        )
      ) : null}
      {canControl ? (
        <Button
          variant={presenter ? 'quiet' : 'primary'}
          onClick={() => client.send({ type: 'presenter/take' })}
          data-focus-landing={presenter ? undefined : true}
        >
          {presenter ? t('meeting.follow.take-over') : t('meeting.follow.present')}
        </Button>
      ) : null}
    </div>
  );
}
