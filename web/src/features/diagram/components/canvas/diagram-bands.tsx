import type { Band } from '../../layout/background-bands';

/** The lanes, phase headers or category areas behind the nodes (drawn inside React Flow's viewport). */
export function DiagramBands({ bands }: { bands: Band[] }) {
  return (
    <div className="diagram-bands" aria-hidden="true">
      {bands.map((band) => (
        <div
          key={band.key}
          className={`diagram-band diagram-band--${band.kind}`}
          style={{ transform: `translate(${band.x}px, ${band.y}px)`, width: band.width, height: band.height }}
        >
          <span className="diagram-band__label">{band.label}</span>
        </div>
      ))}
    </div>
  );
}
