import '../meeting.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterSlide } from '../../../../../shared/meeting/meeting-protocol';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast-provider';
import { focusOpener } from '../../../lib/focus-opener';
import { useFocusLanding } from '../../../lib/use-focus-landing';
import { useAnnouncer } from '../../../lib/use-announcer';
import { AnnouncementRegions } from '../../../components/ui/announcement-regions';
import { useEscapeCloses } from '../../../lib/use-escape-closes';
import type { BoardView } from '../lib/board-view';
import { useFollowPresenter } from '../lib/use-follow-presenter';
import { useMeetingAnnouncer } from '../lib/use-meeting-announcer';
import { useReportSlide } from '../lib/use-report-slide';
import { useRoundClaims } from '../lib/use-round-claims';
import { useMeeting } from '../sync/use-meeting';
import { AnonymousRoundPanel } from './anonymous-round-panel';
import { DotVotePanel } from './dot-vote-panel';
import { FollowControls } from './follow-controls';
import { ItemBadges } from './item-badges';
import { MeetingTimer } from './meeting-timer';
import { ScreenView } from './screen-view';
import { TimerSettings } from './timer-settings';

/** The open panel; `null` lets a running vote or round show itself, `none` is closed by choice. */
type Panel = 'timer' | 'vote' | 'round' | 'none' | null;

interface MeetingToolsProps {
  boardId: string;
  /** The editor's view of the board, once it is ready. */
  view: BoardView | null;
  /** The meeting-room screen: always following, large type, nothing to operate. */
  screen?: boolean;
  /** The slide this person is presenting now, if any (noted for the meeting's minutes, named on the meeting-room screen). */
  slide?: PresenterSlide | null;
}

/** A phone, or a laptop's window at 400 % zoom (WCAG 1.4.10): `.diagram-toolbar`'s narrow width. */
const narrowScreen = '(max-width: 30rem)';

/**
 * The meeting tools of a board, for canvas and diagram boards alike: follow the presenter, the
 * shared timer, dot voting and anonymous rounds, over the board's meeting channel. One compact bar
 * floats over the board (it can be made smaller, and then still shows the timer and a running vote
 * or round); the timer settings, the vote and the round open in a sheet docked over the board.
 */
export function MeetingTools({ boardId, view, screen = false, slide = null }: MeetingToolsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { client, snapshot } = useMeeting(boardId, screen);
  const { state, you, status } = snapshot;
  const runsMeeting = (you?.canControl ?? false) && !screen;
  // Offline, a request would be dropped (nothing is queued): the controls wait for the connection.
  // What this person's notes carry in a round does not: it stays anonymous offline too.
  const canControl = runsMeeting && status === 'online';
  const follow = useFollowPresenter(client, snapshot, view, screen, slide);
  const [panel, setPanel] = useState<Panel>(null);
  const [sound, setSound] = useState(false);
  // Folded to its timer on a narrow screen, so the board shows (it can be opened with one click).
  const [collapsed, setCollapsed] = useState(() => window.matchMedia(narrowScreen).matches);
  const openRoundId = state?.rounds.find((round) => round.status === 'open')?.id ?? null;
  const roundOpen = openRoundId !== null;
  useRoundClaims(client, view, roundOpen, runsMeeting);
  useReportSlide(client, status, slide, runsMeeting);
  // A vote or round that starts shows itself, whatever panel was open before.
  const voteId = state?.vote?.id ?? null;
  useEffect(() => {
    if (voteId || openRoundId) setPanel(null);
  }, [voteId, openRoundId]);

  useEffect(() => client?.onRefused((reason) => toast.show({ message: t(`meeting.refused.${reason}`), tone: 'error' })), [client, toast, t]);

  // A running vote or round shows itself to everyone; otherwise one panel at a time, by choice.
  const showVote = panel === 'vote' || (!!state?.vote && panel === null);
  // A round's panel stays after it ends: that is where the facilitator reveals it.
  const showRound = panel === 'round' || (!!state?.rounds.length && panel === null);
  const panelShown = !collapsed && (panel === 'timer' || showVote || showRound);
  const root = useRef<HTMLElement>(null);
  // "Lukk" and Esc put the keyboard back on the button that opened the panel (not on the page's body).
  const closePanel = () => {
    const opener = root.current?.querySelector<HTMLElement>('.meeting-tools__toggles [aria-expanded="true"]') ?? null;
    setPanel('none');
    focusOpener(opener);
  };
  useEscapeCloses(root, panelShown, closePanel);
  // Starting a vote, ending a round, presenting: each takes away the button that was pressed. The
  // keyboard stays in the same panel or bar (its heading or its next safe button), not on the page's
  // body, and the bar's live regions, there from the start, say what happened.
  useFocusLanding(root);
  const { regions, announce } = useAnnouncer();
  useMeetingAnnouncer(state, announce);

  if (screen) return <ScreenView client={client} snapshot={snapshot} view={view} />;

  if (!client || !state) {
    return (
      <div className="meeting-tools">
        <p className="meeting-tools__bar meeting-tools--status" role="status" data-workspace-overlay="bar">
          {status === 'closed' ? t('meeting.status.closed') : t('meeting.status.connecting')}
        </p>
      </div>
    );
  }

  const voteRunning = state.vote !== null && state.vote.status === 'open';

  return (
    <section ref={root} className={collapsed ? 'meeting-tools meeting-tools--collapsed' : 'meeting-tools'} aria-label={t('meeting.label')}>
      <div className="meeting-tools__bar" data-workspace-overlay="bar">
        {collapsed ? (
          <p className="meeting-follow__text meeting-follow__text--short" role="status">
            {state.presenter
              ? follow.youPresent
                ? t('meeting.follow.presenting')
                : follow.following
                  ? t('meeting.follow.following', { name: state.presenter.name })
                  : t('meeting.follow.not-following', { name: state.presenter.name })
              : t('meeting.follow.nobody')}
          </p>
        ) : (
          <FollowControls
            client={client}
            presenter={state.presenter}
            youPresent={follow.youPresent}
            following={follow.following}
            canControl={canControl}
            onFollow={follow.setFollowing}
          />
        )}
        <MeetingTimer client={client} timer={state.timer} canControl={canControl && !collapsed} sound={sound} />
        {collapsed ? (
          <>
            {voteRunning ? <span className="meeting-tools__running">{t('workspace.meeting.vote-running')}</span> : null}
            {roundOpen ? <span className="meeting-tools__running">{t('workspace.meeting.round-running')}</span> : null}
          </>
        ) : (
          <div className="meeting-tools__toggles">
            {/* Only for those who may set the time: the rest see the timer in the bar, with nothing to set. */}
            {runsMeeting ? (
              <Button variant="quiet" aria-expanded={panel === 'timer'} onClick={() => setPanel(panel === 'timer' ? 'none' : 'timer')}>
                {t('meeting.timer.settings')}
              </Button>
            ) : null}
            {canControl || state.vote ? (
              <Button variant="quiet" aria-expanded={showVote} onClick={() => setPanel(showVote ? 'none' : 'vote')}>
                {t('meeting.vote.open')}
              </Button>
            ) : null}
            {canControl || state.rounds.length > 0 ? (
              <Button variant="quiet" aria-expanded={showRound} onClick={() => setPanel(showRound ? 'none' : 'round')}>
                {t('meeting.round.open')}
              </Button>
            ) : null}
          </div>
        )}
        {status === 'offline' ? (
          <p className="meeting-tools__offline" role="status">
            {t('meeting.status.offline')}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--quiet meeting-tools__collapse"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('workspace.meeting.expand') : t('workspace.meeting.collapse')}
          title={collapsed ? t('workspace.meeting.expand') : t('workspace.meeting.collapse')}
          onClick={() => setCollapsed((value) => !value)}
        >
          <span aria-hidden="true">{collapsed ? '▾' : '▴'}</span>
        </button>
      </div>
      <AnnouncementRegions regions={regions} />
      {panelShown ? (
        <div className="meeting-tools__panels" data-workspace-overlay="">
          {panel === 'timer' ? <TimerSettings client={client} timer={state.timer} canControl={canControl} sound={sound} onSound={setSound} /> : null}
          {showVote ? <DotVotePanel client={client} vote={state.vote} view={view} canControl={canControl} onClear={() => setPanel('vote')} /> : null}
          {showRound ? <AnonymousRoundPanel client={client} rounds={state.rounds} canControl={canControl} /> : null}
          <button type="button" className="button button--quiet meeting-tools__close" onClick={closePanel}>
            {t('workspace.panel.close')}
          </button>
        </div>
      ) : null}
      {view ? <ItemBadges view={view} state={state} /> : null}
    </section>
  );
}
