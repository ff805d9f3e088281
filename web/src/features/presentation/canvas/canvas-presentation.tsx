import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor, TLPageId, TLShapeId } from 'tldraw';
import { Button } from '../../../components/ui/button';
import { PresentationBar } from '../components/presentation-bar';
import { PresentDialog } from '../components/present-dialog';
import { centredCamera } from '../../../lib/centred-camera';
import type { Slide } from '../../../lib/slides/slide';
import { usePresenter } from '../hooks/use-presenter';
import { useReturnFocus } from '../hooks/use-return-focus';
import { roomForBar } from '../lib/room-for-bar';
import '../presentation.css';
import { storeCanvasSlideOrder, useCanvasSlides } from '../../../lib/slides/canvas-slides';

interface CanvasPresentationProps {
  editor: Editor;
  boardId: string;
  /** The element around tldraw, shown full screen while presenting. */
  stage: RefObject<HTMLElement | null>;
  canReorder: boolean;
}

/** Least room around a frame on screen, in screen pixels, so its edge stays clear of the screen's. */
const frameMargin = 24;

/** How large the frame's name is drawn on a slide, in screen pixels: read across a meeting room, growing with the screen. */
const frameTitleSize = (screenHeight: number) => Math.round(Math.min(64, Math.max(18, screenHeight * 0.032)));

/**
 * "Presenter" on a canvas board: every frame is a slide. Presenting moves this person's own camera
 * to the current frame (others who follow them in tldraw see the same); they can keep editing.
 */
export function CanvasPresentation({ editor, boardId, stage, canReorder }: CanvasPresentationProps) {
  const { t } = useTranslation();
  const slides = useCanvasSlides(editor);
  const [open, setOpen] = useState(false);
  const [stageElement, setStageElement] = useState<HTMLElement | null>(null);
  useEffect(() => setStageElement(stage.current), [stage]);

  const show = useCallback(
    (slide: Slide, { animate }: { animate: boolean }) => {
      const bounds = editor.getShapePageBounds(slide.id as TLShapeId);
      if (!bounds) return;
      editor.selectNone();
      const screen = editor.getViewportScreenBounds();
      // The margin grows with the screen, so the slide keeps its proportions on a 4K screen too.
      const margin = Math.max(frameMargin, Math.round(Math.min(screen.w, screen.h) * 0.03));
      // tldraw draws a frame's name above its top edge, 12 px at every zoom; on a slide it is the
      // title (presentation.css sizes it from this), so room is kept for it above the frame…
      const title = frameTitleSize(screen.h);
      stageElement?.style.setProperty('--presentation-frame-title', `${title}px`);
      const above = margin + title * 2;
      // …and below, for the controls, which would otherwise cover the frame's bottom edge.
      const below = Math.max(margin, roomForBar(stageElement, title * 2));
      const area = { x: margin, y: above, w: screen.w - margin * 2, h: Math.max(1, screen.h - above - below) };
      const { zoomSteps } = editor.getCameraOptions();
      const camera = centredCamera(area, bounds, 0, zoomSteps[zoomSteps.length - 1]! * editor.getBaseZoom());
      editor.setCamera(camera, { animation: animate ? { duration: 320 } : undefined });
    },
    [editor, stageElement],
  );
  const presenter = usePresenter({
    boardId,
    slides,
    stage: stageElement,
    show,
    isTyping: () => editor.getEditingShapeId() !== null,
    saveView: () => ({ page: editor.getCurrentPageId(), camera: editor.getCamera() }),
    restoreView: (saved) => {
      const { page, camera } = saved as { page: TLPageId; camera: { x: number; y: number; z: number } };
      if (page !== editor.getCurrentPageId() && editor.getPage(page)) editor.setCurrentPage(page);
      editor.setCamera(camera, { immediate: true, force: true });
    },
  });

  useReturnFocus(presenter.running);
  return (
    <>
      <Button variant="secondary" data-presentation-launch onClick={() => setOpen(true)}>
        {t('presentation.open')}
      </Button>
      <PresentDialog
        open={open}
        onClose={() => setOpen(false)}
        intro={t('presentation.intro-canvas')}
        empty={t('presentation.no-frames')}
        slides={slides}
        canReorder={canReorder}
        onReorder={(order) => storeCanvasSlideOrder(editor, order)}
        onStart={() => {
          setOpen(false);
          presenter.start();
        }}
      />
      <PresentationBar presenter={presenter} stage={stageElement} />
    </>
  );
}
