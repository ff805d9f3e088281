import { useEffect, useState, useSyncExternalStore } from 'react';
import { meetingSocketPath } from '../../../../../shared/meeting/meeting-protocol';
import { MeetingClient, type MeetingSnapshot } from '../../../../../shared/meeting/meeting-client';

const idle: MeetingSnapshot = { status: 'connecting', you: null, state: null, clockOffsetMs: 0 };

/**
 * The board's meeting channel for as long as the component lives, and its latest snapshot.
 * @param screen the meeting-room screen, which follows the meeting but is no one present at it
 */
export function useMeeting(boardId: string, screen: boolean): { client: MeetingClient | null; snapshot: MeetingSnapshot } {
  const [client, setClient] = useState<MeetingClient | null>(null);
  useEffect(() => {
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const made = new MeetingClient({ url: `${protocol}//${window.location.host}${meetingSocketPath(boardId, { screen })}` });
    setClient(made);
    return () => made.destroy();
  }, [boardId, screen]);
  const snapshot = useSyncExternalStore(
    (onChange) => client?.subscribe(onChange) ?? (() => {}),
    () => client?.snapshot ?? idle,
  );
  return { client, snapshot };
}
