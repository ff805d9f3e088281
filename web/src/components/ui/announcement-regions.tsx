import type { AnnouncementTurns } from '../../lib/announcement-turns';

/** The two live regions of `useAnnouncer`, taking turns, so the same sentence twice is read twice. */
export function AnnouncementRegions({ regions }: { regions: AnnouncementTurns }) {
  return regions.map((text, index) => (
    <div key={index} role="status" aria-live="polite" className="visually-hidden">
      {text}
    </div>
  ));
}
