import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingClient, MeetingSnapshot } from '../../../../../shared/meeting/meeting-client';
import type { PresenterSlide } from '../../../../../shared/meeting/meeting-protocol';
import { presentedArea } from '../../../lib/presented-area';
import type { BoardView, ScreenBox } from '../lib/board-view';
import { AnonymousRoundPanel } from './anonymous-round-panel';
import { DotVotePanel } from './dot-vote-panel';
import { ItemBadges } from './item-badges';
import { MeetingTimer } from './meeting-timer';

interface ScreenViewProps {
  client: MeetingClient | null;
  snapshot: MeetingSnapshot;
  view: BoardView | null;
}

/** How long "the connection is back" stays on the screen. */
const backNoticeMs = 6000;

/**
 * The meeting-room screen over the board: exactly the area the presenter sees, fitted to the screen,
 * with the rest dimmed (letterboxed) so nothing outside their view distracts and nothing of it is
 * cut off; the whole board before anyone presents. Who presents, the timer and a running vote or
 * round are shown in type that grows with the screen, and a lost connection is said plainly.
 */
export function ScreenView({ client, snapshot, view }: ScreenViewProps) {
  const { t } = useTranslation();
  const { state, status } = snapshot;
  const presenterId = state?.presenter?.id ?? null;
  const connection = useConnectionNotice(status);
  const box = usePresentedBox(client, view, presenterId);
  const slide = usePresenterSlide(client, presenterId);
  // The board shows the presenter's pointer only, and what it holds at its view's edges keeps to
  // their area (lib/presented-area.ts).
  const slideId = slide?.id ?? null;
  const presenterName = state?.presenter?.name ?? '';
  useEffect(() => {
    presentedArea.set(box && presenterId ? { presenter: { id: presenterId, name: presenterName }, ...box, slideId } : null);
  }, [box, slideId, presenterId, presenterName]);
  useEffect(() => () => presentedArea.set(null), []);

  // Nobody presents (yet, or any more): the whole board.
  useEffect(() => {
    if (!view || presenterId) return;
    view.showWhole();
    return view.onResize(() => view.showWhole());
  }, [view, presenterId]);

  const place = infoPlace(box);
  // A new slide shows the status again for a moment, with the slide's name.
  const slideKey = slide ? `${slide.position}/${slide.count} ${slide.title}` : '';
  // A running countdown (and its «time is up») stays in view: the room watches it the whole time.
  const counting = state?.timer.running ?? false;
  const quiet = useQuietAfter(box !== null && place.band === null && connection === null && !counting, `${status}|${presenterId}|${slideKey}`);

  return (
    <section className="meeting-screen" aria-label={t('meeting.label')}>
      {box ? <Letterbox box={box} /> : null}
      <div
        className={[
          'meeting-screen__side',
          place.band ? `meeting-screen__side--${place.band}` : 'meeting-screen__side--over',
          quiet ? 'meeting-screen__side--quiet' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        style={place.style}
        data-testid="screen-info"
      >
        <div className="meeting-screen__connection" role="status">
          {connection === 'lost' ? (
            <p className="meeting-screen__lost">{t('workspace.screen.lost')}</p>
          ) : connection === 'back' ? (
            <p className="meeting-screen__back">{t('workspace.screen.back')}</p>
          ) : null}
        </div>
        <div className="meeting-screen__info">
          <p className="meeting-follow__text" role="status">
            {!client || !state
              ? status === 'closed'
                ? t('meeting.status.closed')
                : t('meeting.status.connecting')
              : state.presenter
                ? t('meeting.follow.following', { name: state.presenter.name })
                : t('meeting.screen.waiting')}
          </p>
          {slide ? (
            <p className="meeting-screen__slide" data-testid="screen-slide">
              <span className="meeting-screen__slide-title">{slide.title}</span>{' '}
              <span className="meeting-screen__slide-position">{t('meeting.screen.slide', { position: String(slide.position), count: slide.count })}</span>
            </p>
          ) : null}
          {client && state ? <MeetingTimer client={client} timer={state.timer} canControl={false} sound={false} large /> : null}
        </div>
      </div>
      {client && state && (state.vote || state.rounds.some((round) => round.status === 'open')) ? (
        <div className="meeting-screen__panels">
          {state.vote ? <DotVotePanel client={client} vote={state.vote} view={view} canControl={false} screen /> : null}
          <AnonymousRoundPanel client={client} rounds={state.rounds} canControl={false} screen />
        </div>
      ) : null}
      {view && state ? <ItemBadges view={view} state={state} /> : null}
    </section>
  );
}

/** How long the status stays over the board, where there is no band beside the presented area for it. */
const overBoardMs = 5000;

/** The screen's type size in pixels (`.meeting-screen`'s font size: 1.25 % of the width, 16–48 px). */
const screenEm = () => Math.min(48, Math.max(16, window.innerWidth * 0.0125));

/**
 * Where the screen's status (who presents, the timer, the connection) goes: in the dark band beside
 * or above/below the presenter's area when there is room for it there, so it never covers what they
 * show. Without such a band (the area fills the screen, or nobody presents) it sits over a corner of
 * the board, small, and steps aside after a few seconds (see `useQuietAfter`).
 */
function infoPlace(box: ScreenBox | null): { band: 'left' | 'right' | 'top' | 'bottom' | null; style?: CSSProperties } {
  if (!box) return { band: null };
  const em = screenEm();
  const width = window.innerWidth;
  const height = window.innerHeight;
  const left = box.left;
  const right = width - (box.left + box.width);
  const top = box.top;
  const bottom = height - (box.top + box.height);
  // A side band fits the status stacked in a column; a band above or below fits it in one row.
  const sideNeeds = 9 * em;
  const rowNeeds = 3.6 * em;
  if (Math.max(left, right) >= sideNeeds) {
    return left >= right
      ? { band: 'left', style: { left: 0, top: 0, bottom: 0, width: left } }
      : { band: 'right', style: { right: 0, top: 0, bottom: 0, width: right } };
  }
  if (Math.max(top, bottom) >= rowNeeds) {
    return bottom >= top
      ? { band: 'bottom', style: { left: 0, right: 0, bottom: 0, height: bottom } }
      : { band: 'top', style: { left: 0, right: 0, top: 0, height: top } };
  }
  return { band: null };
}

/**
 * True once `when` has held for a few seconds without `key` changing: the status over the board
 * then fades, and comes back with every change (a new presenter, the connection dropping, the
 * timer starting).
 */
function useQuietAfter(when: boolean, key: string): boolean {
  const [quiet, setQuiet] = useState(false);
  useEffect(() => {
    setQuiet(false);
    if (!when) return;
    const timer = setTimeout(() => setQuiet(true), overBoardMs);
    return () => clearTimeout(timer);
  }, [when, key]);
  return quiet;
}

/** 'lost' while the meeting channel is down after having been up; 'back' for a while once it returns. */
function useConnectionNotice(status: MeetingSnapshot['status']): 'lost' | 'back' | null {
  const [notice, setNotice] = useState<'lost' | 'back' | null>(null);
  const wasOnline = useRef(false);
  useEffect(() => {
    if (status === 'online') {
      if (notice === 'lost') setNotice('back');
      wasOnline.current = true;
      return;
    }
    if (wasOnline.current && (status === 'offline' || status === 'closed' || status === 'connecting')) setNotice('lost');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);
  useEffect(() => {
    if (notice !== 'back') return;
    const timer = setTimeout(() => setNotice(null), backNoticeMs);
    return () => clearTimeout(timer);
  }, [notice]);
  return notice;
}

/** The slide the presenter is on, from their views as they come (null while they look around freely or nobody presents). */
function usePresenterSlide(client: MeetingClient | null, presenterId: string | null): PresenterSlide | null {
  const [slide, setSlide] = useState<PresenterSlide | null>(null);
  useEffect(() => {
    setSlide(client && presenterId ? (client.lastView?.slide ?? null) : null);
    if (!client || !presenterId) return;
    // Views come ten times a second; the slide changes far less often.
    const same = (a: PresenterSlide | null, b: PresenterSlide | null) =>
      a === b || (!!a && !!b && a.id === b.id && a.title === b.title && a.position === b.position && a.count === b.count);
    return client.onView((view) => setSlide((before) => (same(before, view.slide) ? before : view.slide)));
  }, [client, presenterId]);
  return slide;
}

/** Where the presenter's visible area is on this screen, kept fitted when the screen changes size. */
function usePresentedBox(client: MeetingClient | null, view: BoardView | null, presenterId: string | null): ScreenBox | null {
  const [box, setBox] = useState<ScreenBox | null>(null);
  useEffect(() => {
    if (!client || !view || !presenterId) {
      setBox(null);
      return;
    }
    const measure = () => {
      const shown = client.lastView;
      setBox(shown ? view.boundsBox(shown.bounds) : null);
    };
    const refit = () => {
      if (client.lastView) view.showView(client.lastView);
      measure();
    };
    measure();
    const stopView = view.onViewChange(measure);
    const stopPresenter = client.onView(() => requestAnimationFrame(measure));
    const stopResize = view.onResize(refit);
    return () => {
      stopView();
      stopPresenter();
      stopResize();
    };
  }, [client, view, presenterId]);
  return box;
}

/** Dims everything outside the presenter's area. */
function Letterbox({ box }: { box: ScreenBox }) {
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  return (
    <div
      className="meeting-screen__letterbox"
      aria-hidden="true"
      data-testid="screen-presented-area"
      data-box={`${box.left},${box.top},${box.width},${box.height}`}
    >
      <div style={{ left: 0, top: 0, right: 0, height: Math.max(0, box.top) }} />
      <div style={{ left: 0, top: bottom, right: 0, bottom: 0 }} />
      <div style={{ left: 0, top: box.top, width: Math.max(0, box.left), height: box.height }} />
      <div style={{ left: right, top: box.top, right: 0, height: box.height }} />
    </div>
  );
}
