import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { writePresentationOrder } from '../../../../../shared/diagram/diagram-ydoc';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import { pinnedLabelSizes } from '../../../lib/diagram-pinned-labels';
import type { Slide } from '../../../lib/slides/slide';
import { PresentationBar } from '../components/presentation-bar';
import { PresentDialog } from '../components/present-dialog';
import { usePresenter } from '../hooks/use-presenter';
import { useReturnFocus } from '../hooks/use-return-focus';
import { roomForBar } from '../lib/room-for-bar';
import '../presentation.css';
import { useDiagramSlides, type PresentedDiagramSlide } from '../../../lib/slides/use-diagram-slides';

interface DiagramPresentationProps {
  boardId: string;
  doc: Y.Doc;
  diagramType: DiagramType;
  /** The nodes on screen (for a plan process, the variant shown). */
  nodes: DiagramNode[];
  /** The edges between them (a digital structure's tree is made of them). */
  edges: DiagramEdge[];
  canReorder: boolean;
  /** The editor, shown full screen while presenting (its tools stay usable). */
  stage: RefObject<HTMLElement | null>;
  /** Brings the diagram view forward (slides are shown in it). */
  onStart: () => void;
}

/**
 * "Presenter" on a diagram board: a plan process phase by phase (a tall phase in parts, with its lanes'
 * and phase's names held at the edges), an actor map category by category
 * and then group by group, a digital structure folder by folder. Presenting fits this person's own
 * React Flow viewport to the nodes of the current slide; whoever follows them reads the viewport or
 * `useCurrentSlide`.
 */
export function DiagramPresentation({ boardId, doc, diagramType, nodes, edges, canReorder, stage, onStart }: DiagramPresentationProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const slides = useDiagramSlides(doc, diagramType, { nodes, edges });
  // The order is chosen phase by phase: a phase shown in parts is one row.
  const orderRows = useMemo(() => [...new Map(slides.map((slide): [string, Slide] => [slide.order.id, slide.order])).values()], [slides]);
  const [open, setOpen] = useState(false);
  const [stageElement, setStageElement] = useState<HTMLElement | null>(null);
  useEffect(() => setStageElement(stage.current), [stage]);

  const flowStore = useStoreApi();
  const show = useCallback(
    (slide: PresentedDiagramSlide, { animate }: { animate: boolean }) => {
      // Fitted with a margin, and above the controls (which covered the slide's bottom row). The
      // editor's zoom limit (2.5) is made for a laptop: a phase of two steps on a 4K screen would
      // fill a third of it, so the limit grows with the screen.
      const maxZoom = presentingMaxZoom();
      const { maxZoom: limit, setMaxZoom, width, height } = flowStore.getState();
      if (limit < maxZoom) setMaxZoom(maxZoom);
      const px = (pixels: number) => `${Math.round(pixels)}px` as const;
      const bottom = px(roomForBar(stageElement, 40));
      // A plan phase keeps room for its lanes' and phase's names, held at the left and top edges.
      const pinned = diagramType === 'planprosess' ? pinnedLabelSizes(width) : null;
      const padding = pinned
        ? { left: px(Math.max(width * 0.06, pinned.laneWidth + 16)), right: 0.06, top: px(Math.max(height * 0.06, pinned.headingHeight + 16)), bottom }
        : { x: 0.12, top: 0.12, bottom };
      void flow.fitView({ nodes: slide.nodeIds.map((id) => ({ id })), padding, maxZoom, duration: animate ? 320 : 0 });
    },
    [flow, flowStore, stageElement, diagramType],
  );
  const presenter = usePresenter({
    boardId,
    slides,
    stage: stageElement,
    show,
    saveView: () => ({ viewport: flow.getViewport(), maxZoom: flowStore.getState().maxZoom }),
    restoreView: (saved) => {
      const { viewport, maxZoom } = saved as { viewport: { x: number; y: number; zoom: number }; maxZoom: number };
      flowStore.getState().setMaxZoom(maxZoom);
      void flow.setViewport(viewport);
    },
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
        intro={t(`presentation.intro-${diagramType}`)}
        empty={t('presentation.no-slides')}
        slides={orderRows}
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

/** The editor's own zoom limit, scaled with the screen from a 1366×768 laptop up (2.5 there, about 7 in 4K). */
function presentingMaxZoom(): number {
  return 2.5 * Math.max(1, Math.min(window.innerWidth / 1366, window.innerHeight / 768));
}
