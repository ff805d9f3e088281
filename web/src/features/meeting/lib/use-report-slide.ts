import { useEffect } from 'react';
import type { ShownSlide } from '../../../../../shared/meeting/meeting-protocol';
import type { MeetingClient, MeetingStatus } from '../../../../../shared/meeting/meeting-client';

/**
 * Tells the meeting channel each slide this person presents, so the minutes can list what was
 * shown (the server notes who and when). Sent again after a reconnect; the server does not note the
 * same slide twice in a row.
 */
export function useReportSlide(client: MeetingClient | null, status: MeetingStatus, slide: ShownSlide | null, canControl: boolean): void {
  const id = slide?.id ?? null;
  const title = slide?.title ?? '';
  useEffect(() => {
    if (!client || status !== 'online' || !id || !canControl) return;
    client.send({ type: 'slide/shown', slide: { id, title } });
  }, [client, status, id, title, canControl]);
}
