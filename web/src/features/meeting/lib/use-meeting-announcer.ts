import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../../../shared/meeting/meeting-state';
import { meetingAnnouncements } from './meeting-announcements';

/**
 * Has the meeting's changes read out (a vote or round starts or ends, this person gives a dot), in
 * the meeting tools' live regions (`useAnnouncer`), which are in the bar from the first state on,
 * before the panel that shows the change.
 */
export function useMeetingAnnouncer(state: MeetingState | null, announce: (message: string) => void): void {
  const { t } = useTranslation();
  const before = useRef(state);
  useEffect(() => {
    const said = meetingAnnouncements(before.current, state).map(({ key, ...values }) => t(`meeting.announce.${key}`, values));
    before.current = state;
    if (said.length > 0) announce(said.join(' '));
  }, [state, t, announce]);
}
