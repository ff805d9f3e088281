import type { RemotePresence } from '../../sync/presence-store';

interface RemoteCursorsProps {
  presence: RemotePresence[];
  /** Only people looking at the same variant's diagram see each other's pointers. */
  variantId: string | null;
}

/** The others' pointers with their names (drawn inside React Flow's viewport). */
export function RemoteCursors({ presence, variantId }: RemoteCursorsProps) {
  return (
    <div className="diagram-cursors" aria-hidden="true">
      {presence
        .filter((person) => person.cursor && (person.view ?? 'diagram') === 'diagram' && (person.variantId ?? null) === variantId)
        .map((person) => (
          <div key={person.clientId} className="diagram-cursor" style={{ transform: `translate(${person.cursor!.x}px, ${person.cursor!.y}px)` }}>
            <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
              <path d="M1 1 L15 11 L8 12 L5 19 Z" fill={person.user.color} stroke="#fff" strokeWidth="1.5" />
            </svg>
            <span className="diagram-cursor__name" style={{ background: person.user.color }}>
              {person.user.name}
            </span>
          </div>
        ))}
    </div>
  );
}
