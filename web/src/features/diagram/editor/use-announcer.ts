import { useCallback, useState } from 'react';
import { nextAnnouncement, silentRegions } from './announcement-turns';

/**
 * What the editor's two polite live regions say, and `announce` to have a sentence read out. The
 * regions take turns (./announcement-turns.ts), so a sentence said twice in a row is read twice.
 */
export function useAnnouncer() {
  const [regions, setRegions] = useState(silentRegions);
  const announce = useCallback((message: string) => setRegions((current) => nextAnnouncement(current, message)), []);
  return { regions, announce };
}
