import { phaseOfSlideId } from '../../../../../../shared/diagram/presentation-slides';
import { useShownSlideId } from '../../../../lib/shown-slide';
import type { Band } from '../../layout/background-bands';

/**
 * The lanes, phase headers or category areas behind the nodes (drawn inside React Flow's viewport).
 * On a phase's slide its header is marked, as its held name is (pinned-band-labels.tsx).
 */
export function DiagramBands({ bands }: { bands: Band[] }) {
  const slideId = useShownSlideId();
  const currentPhase = slideId && phaseOfSlideId(slideId);
  return (
    <div className="diagram-bands" aria-hidden="true">
      {bands.map((band) => (
        <div
          key={band.key}
          className={`diagram-band diagram-band--${band.kind}${band.key === currentPhase ? ' diagram-band--current' : ''}`}
          style={{ transform: `translate(${band.x}px, ${band.y}px)`, width: band.width, height: band.height }}
        >
          <span className="diagram-band__label">{band.label}</span>
        </div>
      ))}
    </div>
  );
}
