import { useCallback, useState } from 'react';

/** The sentence the editor's polite live region reads out, and `announce` to set it. */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => {
    // Clear first so the same sentence twice is still read.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);
  return { announcement, announce };
}
