import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingLimits } from '../../../../../shared/meeting/meeting-protocol';
import type { MeetingRound } from '../../../../../shared/meeting/meeting-state';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';

interface AnonymousRoundPanelProps {
  client: MeetingClient;
  rounds: MeetingRound[];
  canControl: boolean;
  screen?: boolean;
}

/**
 * Anonymous rounds: while one is open, notes people write hide their author (the server does not
 * send it); afterwards the facilitator can reveal who wrote them, or leave them anonymous for good.
 */
export function AnonymousRoundPanel({ client, rounds, canControl, screen = false }: AnonymousRoundPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const open = rounds.find((round) => round.status === 'open');
  if (!canControl && rounds.length === 0) return null;
  if (screen && !open) return null;

  return (
    <section className="meeting-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="meeting-panel__heading" tabIndex={-1} data-focus-landing>
        {t('meeting.round.heading')}
      </h2>
      {open ? (
        // Not a live region: it would arrive with its text. The meeting bar's regions say it (use-meeting-announcer.ts).
        <p className="meeting-round__running">
          {t(screen ? 'meeting.round.running-room' : 'meeting.round.running', { title: open.title })} {t('meeting.round.items', { count: open.items.length })}
        </p>
      ) : null}
      {canControl && !screen ? (
        open ? (
          <Button variant="secondary" onClick={() => client.send({ type: 'round/end' })}>
            {t('meeting.round.end')}
          </Button>
        ) : (
          <form
            className="meeting-panel__form"
            onSubmit={(event) => {
              event.preventDefault();
              client.send({ type: 'round/start', title: (title.trim() || t('meeting.round.default-title')).slice(0, meetingLimits.maxRoundTitleLength) });
              setTitle('');
            }}
          >
            <p className="meeting-panel__intro">{t('meeting.round.intro')}</p>
            <TextField
              name="title"
              label={t('meeting.round.title')}
              maxLength={meetingLimits.maxRoundTitleLength}
              counter
              value={title}
              placeholder={t('meeting.round.default-title')}
              onChange={(event) => setTitle(event.target.value)}
            />
            <Button type="submit" variant="primary">
              {t('meeting.round.start')}
            </Button>
          </form>
        )
      ) : null}
      {!screen && rounds.some((round) => round.status === 'closed') ? (
        <>
          <h3 className="meeting-panel__subheading">{t('meeting.round.earlier')}</h3>
          <ul className="meeting-round__list">
            {rounds
              .filter((round) => round.status === 'closed')
              .map((round) => (
                <li key={round.id} data-round={round.id}>
                  <strong>{round.title}</strong> – {t('meeting.round.items', { count: round.items.length })}.{' '}
                  {round.revealed ? t('meeting.round.revealed') : t('meeting.round.hidden')}
                  {canControl && !round.revealed && round.items.length > 0 ? (
                    <Button variant="quiet" onClick={() => client.send({ type: 'round/reveal', roundId: round.id })}>
                      {t('meeting.round.reveal')}
                    </Button>
                  ) : null}
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
