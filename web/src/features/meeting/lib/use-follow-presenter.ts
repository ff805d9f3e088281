import { useEffect, useRef, useState } from 'react';
import { meetingLimits, type PresenterSlide } from '../../../../../shared/meeting/meeting-protocol';
import type { MeetingClient, MeetingSnapshot } from '../../../../../shared/meeting/meeting-client';
import type { BoardView } from './board-view';

/**
 * Following: whenever someone starts presenting, everyone else's view follows theirs; a person can
 * step out and back in. The presenter's own view is sent (at most every `viewIntervalMs`, and
 * always the last one) for as long as they present, with the slide they are on, if any, for the
 * meeting-room screen to name.
 */
export function useFollowPresenter(
  client: MeetingClient | null,
  snapshot: MeetingSnapshot,
  view: BoardView | null,
  alwaysFollow: boolean,
  slide: PresenterSlide | null,
) {
  const presenterId = snapshot.state?.presenter?.id ?? null;
  const youPresent = snapshot.state?.youPresent ?? false;
  const [following, setFollowing] = useState(true);
  const follows = alwaysFollow || following;

  // A new presenter (or the same one again) brings everyone along.
  useEffect(() => {
    if (presenterId) setFollowing(true);
  }, [presenterId]);

  useEffect(() => {
    if (!client || !view || !follows || youPresent) return;
    // Joining, rejoining or the board becoming ready: straight to where the presenter is.
    if (client.lastView) view.showView(client.lastView);
    return client.onView((next) => view.showView(next));
  }, [client, view, follows, youPresent]);

  // Read when a view is sent; a new slide is sent (as soon as the interval allows) even if the view stays.
  const slideNow = useRef(slide);
  slideNow.current = slide;
  const sendNow = useRef<() => void>(() => {});
  const slideKey = slide ? `${slide.position}/${slide.count} ${slide.id} ${slide.title}` : null;
  useEffect(() => sendNow.current(), [slideKey]);

  useEffect(() => {
    if (!client || !view || !youPresent) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSent = 0;
    const send = () => {
      timer = undefined;
      const current = view.getView();
      if (!current) return;
      lastSent = Date.now();
      client.send({ type: 'presenter/view', view: { ...current, slide: slideNow.current } });
    };
    const schedule = () => {
      if (timer) return;
      timer = setTimeout(send, Math.max(0, meetingLimits.viewIntervalMs - (Date.now() - lastSent)));
    };
    sendNow.current = schedule;
    send();
    const stop = view.onViewChange(schedule);
    return () => {
      stop();
      clearTimeout(timer);
      sendNow.current = () => {};
    };
  }, [client, view, youPresent]);

  return { following: follows && !youPresent && presenterId !== null, youPresent, setFollowing };
}
