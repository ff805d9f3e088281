import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../../../shared/meeting/meeting-state';
import { meetingAnnouncements } from './meeting-announcements';

/**
 * The sentence the meeting tools' live region reads out when the meeting changes (a vote or round
 * starts or ends, this person gives a dot). The region stays in the bar from the first state on,
 * so it is there before the panel that shows the change. Two sentences in a row are never the same
 * (a dot given says how many are left), so setting the text is enough for it to be read.
 */
export function useMeetingAnnouncer(state: MeetingState | null): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const before = useRef(state);
  useEffect(() => {
    const said = meetingAnnouncements(before.current, state).map(({ key, ...values }) => t(`meeting.announce.${key}`, values));
    before.current = state;
    if (said.length > 0) setAnnouncement(said.join(' '));
  }, [state, t]);
  return announcement;
}
