import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingLimits, oneLineLabel } from '../../../../../shared/meeting/meeting-protocol';
import type { MeetingVote } from '../../../../../shared/meeting/meeting-state';
import { Button } from '../../../components/ui/button';
import type { BoardView } from '../lib/board-view';
import type { MeetingClient } from '../../../../../shared/meeting/meeting-client';
import { VoteScopeField, wholeBoard } from './vote-scope-field';

interface DotVotePanelProps {
  client: MeetingClient;
  vote: MeetingVote | null;
  view: BoardView | null;
  canControl: boolean;
  /** The meeting-room screen shows results only. */
  screen?: boolean;
  /** This person cleared the result (the panel stays, to start another vote from). */
  onClear?: () => void;
}

/**
 * Dot voting over the board's notes or nodes: the facilitator starts it with N dots per person,
 * everyone who can edit places and takes back dots, and the result stays as a ranked list (and on
 * the items) after the vote is closed, until the facilitator clears it.
 */
export function DotVotePanel({ client, vote, view, canControl, screen = false, onClear }: DotVotePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [dots, setDots] = useState('3');
  const [anonymous, setAnonymous] = useState(false);
  // What a new vote could be over (read from the board as the form is drawn; nothing while one runs).
  const everything = vote ? [] : (view?.listItems() ?? []);
  const areas = vote ? null : (view?.listAreas() ?? null);
  // A vote is about the part of the board around the selection, if it has parts; the planner can widen it.
  const [scope, setScope] = useState(() => areas?.selected ?? wholeBoard);
  const area = areas?.areas.find((candidate) => candidate.id === scope);
  const items = area?.items ?? everything;

  if (!vote) {
    if (!canControl || screen) return null;
    return (
      <section className="meeting-panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="meeting-panel__heading" tabIndex={-1} data-focus-landing>
          {t('meeting.vote.heading')}
        </h2>
        {items.length === 0 ? (
          <p>{t('meeting.vote.no-items')}</p>
        ) : (
          <form
            className="meeting-panel__form"
            onSubmit={(event) => {
              event.preventDefault();
              const dotsPerPerson = Math.min(meetingLimits.maxDots, Math.max(meetingLimits.minDots, Math.round(Number(dots)) || 3));
              client.send({
                type: 'vote/start',
                dotsPerPerson,
                anonymous,
                about: oneLineLabel(area?.label ?? '') || null,
                items: items.slice(0, meetingLimits.maxVoteItems).map((item) => ({
                  id: item.id,
                  label: (item.label || t('meeting.vote.untitled')).slice(0, meetingLimits.maxLabelLength),
                })),
              });
            }}
          >
            {areas && areas.areas.length > 0 ? (
              <VoteScopeField areas={areas.areas} everything={everything.length} value={area ? scope : wholeBoard} onChange={setScope} />
            ) : null}
            <label htmlFor={`${id}-dots`}>{t('meeting.vote.dots')}</label>
            <input
              id={`${id}-dots`}
              className="field__input field__input--short"
              type="number"
              min={meetingLimits.minDots}
              max={meetingLimits.maxDots}
              value={dots}
              onChange={(event) => setDots(event.target.value)}
            />
            <label className="meeting-panel__check">
              <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
              {t('meeting.vote.anonymous')}
            </label>
            <Button type="submit" variant="primary">
              {t('meeting.vote.start', { count: Math.min(items.length, meetingLimits.maxVoteItems) })}
            </Button>
          </form>
        )}
      </section>
    );
  }

  const placed = Object.values(vote.myDots).reduce((sum, n) => sum + n, 0);
  const left = vote.dotsPerPerson - placed;
  const open = vote.status === 'open';
  const ranked = [...vote.items].sort((a, b) => b.count - a.count);
  return (
    <section className="meeting-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="meeting-panel__heading" tabIndex={-1} data-focus-landing>
        {t('meeting.vote.heading')}
      </h2>
      {vote.about ? <p className="meeting-vote__about">{t('meeting.vote.about', { name: vote.about })}</p> : null}
      {/* Changes in place; the meeting bar's live regions say what happened (use-meeting-announcer.ts). */}
      <p>
        {open ? t('meeting.vote.running', { count: vote.voterCount }) : t('meeting.vote.closed', { count: vote.voterCount })}
        {open && !screen
          ? ' ' + (canControl ? t('meeting.vote.dots-left', { left: String(left), total: String(vote.dotsPerPerson) }) : t('meeting.vote.read-only'))
          : null}
      </p>
      {open && canControl && !screen ? (
        <ul className="meeting-vote__items" aria-label={t('meeting.vote.items-label')}>
          {vote.items.map((item) => {
            const mine = vote.myDots[item.id] ?? 0;
            return (
              <li key={item.id} className="meeting-vote__item" data-vote-item={item.id}>
                <span className="meeting-vote__label">{item.label}</span>
                <span className="meeting-vote__count">
                  {t('meeting.vote.dots', { count: item.count })} {mine > 0 ? t('meeting.vote.mine', { count: mine }) : null}
                </span>
                <Button
                  variant="quiet"
                  aria-label={t('meeting.vote.give-named', { label: item.label })}
                  aria-disabled={left <= 0}
                  onClick={() => left > 0 && client.send({ type: 'vote/cast', itemId: item.id })}
                >
                  {t('meeting.vote.give')}
                </Button>
                <Button
                  variant="quiet"
                  aria-label={t('meeting.vote.take-back-named', { label: item.label })}
                  aria-disabled={mine === 0}
                  onClick={() => mine > 0 && client.send({ type: 'vote/retract', itemId: item.id })}
                >
                  {t('meeting.vote.take-back')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {!open || !canControl || screen ? (
        <ol className="meeting-vote__ranked" aria-label={t('meeting.vote.results')}>
          {ranked.map((item) => (
            <li key={item.id} data-result-item={item.id}>
              <span className="meeting-vote__label">{item.label}</span>{' '}
              <strong className="meeting-vote__count">{t('meeting.vote.dots', { count: item.count })}</strong>
              {item.voters.length > 0 ? <span className="meeting-vote__voters"> {t('meeting.vote.voters', { names: item.voters.join(', ') })}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {canControl && !screen ? (
        // Keyed, so closing the vote removes its button instead of renaming it to «Fjern resultatet»
        // under the keyboard: a second Enter would have cleared the result for everyone.
        open ? (
          <Button key="close" variant="secondary" onClick={() => client.send({ type: 'vote/close' })}>
            {t('meeting.vote.close')}
          </Button>
        ) : (
          <Button
            key="clear"
            variant="quiet"
            onClick={() => {
              client.send({ type: 'vote/clear' });
              onClear?.();
            }}
          >
            {t('meeting.vote.clear')}
          </Button>
        )
      ) : null}
    </section>
  );
}
