import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingLimits } from '../../../../../shared/meeting/meeting-protocol';
import type { MeetingTimer } from '../../../../../shared/meeting/meeting-state';
import { Button } from '../../../components/ui/button';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';

interface TimerSettingsProps {
  client: MeetingClient;
  timer: MeetingTimer;
  canControl: boolean;
  sound: boolean;
  onSound: (sound: boolean) => void;
}

/** How long the shared countdown is (editors), and whether this computer chimes at the end (anyone). */
export function TimerSettings({ client, timer, canControl, sound, onSound }: TimerSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState(String(timer.durationMs / 60_000));
  useEffect(() => setMinutes(String(timer.durationMs / 60_000)), [timer.durationMs]);

  return (
    <section className="meeting-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="meeting-panel__heading">
        {t('meeting.timer.label')}
      </h2>
      {canControl ? (
        <form
          className="meeting-panel__form"
          onSubmit={(event) => {
            event.preventDefault();
            const value = Number(minutes.replace(',', '.'));
            if (Number.isFinite(value) && value > 0) {
              client.send({ type: 'timer/set', durationMs: Math.max(1000, Math.min(meetingLimits.maxTimerMs, Math.round(value * 60_000))) });
            }
          }}
        >
          <label htmlFor={`${id}-minutes`}>{t('meeting.timer.minutes')}</label>
          <input
            id={`${id}-minutes`}
            className="field__input field__input--short"
            inputMode="decimal"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('meeting.timer.set')}
          </Button>
          <Button variant="quiet" onClick={() => client.send({ type: 'timer/reset' })}>
            {t('meeting.timer.reset')}
          </Button>
        </form>
      ) : null}
      <label className="meeting-panel__check">
        <input type="checkbox" checked={sound} onChange={(event) => onSound(event.target.checked)} />
        {t('meeting.timer.sound')}
      </label>
    </section>
  );
}
