import { useCallback, useState } from 'react';
import { nextAnnouncement, silentRegions } from './announcement-turns';

/**
 * What a part's two polite live regions say (drawn by `AnnouncementRegions`), and `announce` to
 * have a sentence read out. The regions take turns (./announcement-turns.ts), so a sentence said
 * twice in a row is read twice. They are in the page from the part's first render, since a region
 * that arrives with its text is often not read.
 */
export function useAnnouncer() {
  const [regions, setRegions] = useState(silentRegions);
  const announce = useCallback((message: string) => setRegions((current) => nextAnnouncement(current, message)), []);
  return { regions, announce };
}
