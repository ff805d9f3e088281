import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../../../shared/meeting/meeting-state';
import type { BoardView, ScreenBox } from '../lib/board-view';

interface Badge {
  itemId: string;
  dots: number | null;
  author: string | null;
}

/**
 * What floats over the board: the meeting's own bar and panels, the editors' bars and side panels
 * (all marked `data-workspace-overlay`), and the meeting-room screen's panels.
 */
const overBoard = '[data-workspace-overlay], .meeting-screen__panels';

/**
 * Hides the badges where something floats over the board at their place: the badges are drawn above
 * the whole page (so they show while presenting too), and would otherwise cover the vote's own
 * result in the panel over the items they belong to. The overlays are measured once for all badges.
 */
function hideUnderOverlays(badges: HTMLElement) {
  const overlays = [...document.querySelectorAll(overBoard)].map((overlay) => overlay.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0);
  for (const badge of badges.querySelectorAll<HTMLElement>('.meeting-badge')) {
    const own = badge.getBoundingClientRect();
    const covered = overlays.some((box) => own.left < box.right && own.right > box.left && own.top < box.bottom && own.bottom > box.top);
    badge.style.visibility = covered ? 'hidden' : '';
  }
}

/**
 * Dot counts and round authors shown on the notes or nodes themselves, drawn over the board and
 * kept in place as the view moves, never over a panel. Decorative for screen readers: the panels
 * say the same in text.
 */
export function ItemBadges({ view, state }: { view: BoardView; state: MeetingState }) {
  const { t } = useTranslation();
  const [, redraw] = useState(0);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        redraw((n) => n + 1);
      });
    };
    const stop = view.onViewChange(schedule);
    window.addEventListener('resize', schedule);
    // Items move and change size as people work; a slow redraw keeps badges on them.
    const interval = window.setInterval(schedule, 500);
    return () => {
      stop();
      window.removeEventListener('resize', schedule);
      window.clearInterval(interval);
      cancelAnimationFrame(frame);
    };
  }, [view]);

  // Checked again after every redraw: the view and the panels move.
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (container.current) hideUnderOverlays(container.current);
  });

  const badges = new Map<string, Badge>();
  for (const item of state.vote?.items ?? []) if (item.count > 0) badges.set(item.id, { itemId: item.id, dots: item.count, author: null });
  for (const round of state.rounds) {
    for (const item of round.items) {
      const author = item.author === null ? t('meeting.round.anonymous') : item.mine && !round.revealed ? t('meeting.round.mine') : item.author;
      badges.set(item.itemId, { ...(badges.get(item.itemId) ?? { itemId: item.itemId, dots: null }), author });
    }
  }
  const area = view.viewportBox();
  if (!area || badges.size === 0) return null;
  const inside = (box: ScreenBox) =>
    box.left + box.width > area.left && box.left < area.left + area.width && box.top + box.height > area.top && box.top < area.top + area.height;

  return createPortal(
    <div className="meeting-badges" aria-hidden="true" ref={container}>
      {[...badges.values()].map((badge) => {
        const box = view.itemBox(badge.itemId);
        if (!box || !inside(box)) return null;
        return (
          <div key={badge.itemId} className="meeting-badge" style={{ left: box.left + box.width - 8, top: box.top - 10 }} data-badge-for={badge.itemId}>
            {badge.dots !== null ? <span className="meeting-badge__dots">{t('meeting.vote.dots', { count: badge.dots })}</span> : null}
            {badge.author !== null ? <span className="meeting-badge__author">{badge.author}</span> : null}
          </div>
        );
      })}
    </div>,
    document.body,
  );
}
