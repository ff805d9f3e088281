import { useMemo, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import type { DiagramType } from '../../../../../../shared/diagram/vocabulary';
import { backgroundBands } from '../../layout/background-bands';

interface DiagramBandsProps {
  diagramType: DiagramType;
  nodes: DiagramNode[];
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
}

/** The lanes, phase headers or category areas behind the nodes (drawn inside React Flow's viewport). */
export function DiagramBands({ diagramType, nodes, sizes }: DiagramBandsProps) {
  const { t } = useTranslation();
  const bands = useMemo(() => backgroundBands(diagramType, nodes, sizes.current, t), [diagramType, nodes, sizes, t]);
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
