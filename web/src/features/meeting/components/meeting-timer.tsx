import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timerRemaining } from '../../../../../shared/meeting/timer-remaining';
import type { MeetingTimer as Timer } from '../../../../../shared/meeting/meeting-state';
import { Button } from '../../../components/ui/button';
import { formatCountdown } from '../lib/format-countdown';
import { playEndSignal } from '../lib/play-end-signal';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';

interface MeetingTimerProps {
  client: MeetingClient;
  timer: Timer;
  canControl: boolean;
  /** Play a chime at the end (off unless the person turns it on). */
  sound: boolean;
  large?: boolean;
}

/**
 * The board's shared countdown. Everyone sees the same time (the server's clock, corrected for this
 * computer's); editors start, pause and reset it (and set it in `TimerSettings`). The end is shown clearly, and sounded only
 * when this person turned sound on.
 */
export function MeetingTimer({ client, timer, canControl, sound, large = false }: MeetingTimerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [, tick] = useState(0);
  const remaining = timerRemaining(timer, client.serverNow());
  const ended = timer.running && remaining === 0;
  const wasEnded = useRef(ended);

  useEffect(() => {
    if (!timer.running) return;
    const interval = window.setInterval(() => tick((n) => n + 1), 250);
    return () => window.clearInterval(interval);
  }, [timer.running, timer.endsAt]);

  useEffect(() => {
    if (ended && !wasEnded.current && sound) playEndSignal();
    wasEnded.current = ended;
  }, [ended, sound]);

  return (
    <div className={`meeting-timer${ended ? ' meeting-timer--ended' : ''}${large ? ' meeting-timer--large' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      {/* Written out on the meeting-room screen; in the compact bar it is for screen readers. */}
      <span id={`${id}-label`} className={large ? 'meeting-timer__label' : 'visually-hidden'}>
        {t('meeting.timer.label')}
      </span>
      <span className="meeting-timer__time" role="timer" aria-label={t('meeting.timer.remaining')} data-testid="meeting-timer">
        {formatCountdown(remaining)}
      </span>
      <span role="alert" className="meeting-timer__ended">
        {ended ? t('meeting.timer.time-up') : ''}
      </span>
      {canControl && !large ? (
        timer.running && !ended ? (
          <Button variant="quiet" onClick={() => client.send({ type: 'timer/pause' })}>
            {t('meeting.timer.pause')}
          </Button>
        ) : (
          <Button variant="quiet" onClick={() => client.send({ type: 'timer/start' })}>
            {t('meeting.timer.start')}
          </Button>
        )
      ) : null}
    </div>
  );
}
