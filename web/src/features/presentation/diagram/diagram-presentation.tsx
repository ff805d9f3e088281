import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { writePresentationOrder } from '../../../../../shared/diagram/diagram-ydoc';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import { PresentationBar } from '../components/presentation-bar';
import { PresentDialog } from '../components/present-dialog';
import { usePresenter } from '../hooks/use-presenter';
import { useReturnFocus } from '../hooks/use-return-focus';
import '../presentation.css';
import { useDiagramSlides, type PresentedDiagramSlide } from '../../../lib/slides/use-diagram-slides';

interface DiagramPresentationProps {
  boardId: string;
  doc: Y.Doc;
  diagramType: DiagramType;
  /** The nodes on screen (for a plan process, the variant shown). */
  nodes: DiagramNode[];
  canReorder: boolean;
  /** The editor, shown full screen while presenting (its tools stay usable). */
  stage: RefObject<HTMLElement | null>;
  /** Brings the diagram view forward (slides are shown in it). */
  onStart: () => void;
}

/**
 * "Presenter" on a diagram board: a plan process phase by phase, an actor map category by category
 * and then group by group. Presenting fits this person's own React Flow viewport to the nodes of the
 * current slide; whoever follows them reads the viewport or `useCurrentSlide`.
 */
export function DiagramPresentation({ boardId, doc, diagramType, nodes, canReorder, stage, onStart }: DiagramPresentationProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const slides = useDiagramSlides(doc, diagramType, nodes);
  const [open, setOpen] = useState(false);
  const [stageElement, setStageElement] = useState<HTMLElement | null>(null);
  useEffect(() => setStageElement(stage.current), [stage]);

  const show = useCallback(
    (slide: PresentedDiagramSlide, { animate }: { animate: boolean }) => {
      // Fitted with a margin, and large on a large screen (React Flow's own limit is 2.5).
      void flow.fitView({ nodes: slide.nodeIds.map((id) => ({ id })), padding: 0.12, maxZoom: 2.5, duration: animate ? 320 : 0 });
    },
    [flow],
  );
  const presenter = usePresenter({
    boardId,
    slides,
    stage: stageElement,
    show,
    saveView: () => flow.getViewport(),
    restoreView: (saved) => void flow.setViewport(saved as { x: number; y: number; zoom: number }),
  });
  useReturnFocus(presenter.running);

  return (
    <div className="presentation-launch">
      <Button variant="secondary" data-presentation-launch onClick={() => setOpen(true)}>
        {t('presentation.open')}
      </Button>
      <PresentDialog
        open={open}
        onClose={() => setOpen(false)}
        intro={t(diagramType === 'planprosess' ? 'presentation.intro-planprosess' : 'presentation.intro-aktorkart')}
        empty={t('presentation.no-slides')}
        slides={slides}
        canReorder={canReorder}
        onReorder={(order) => writePresentationOrder(doc, order)}
        onStart={() => {
          setOpen(false);
          onStart();
          presenter.start();
        }}
      />
      <PresentationBar presenter={presenter} stage={stageElement} />
    </div>
  );
}
