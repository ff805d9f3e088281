import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor, TLPageId, TLShapeId } from 'tldraw';
import { Button } from '../../../components/ui/button';
import { PresentationBar } from '../components/presentation-bar';
import { PresentDialog } from '../components/present-dialog';
import type { Slide } from '../../../lib/slides/slide';
import { usePresenter } from '../hooks/use-presenter';
import { useReturnFocus } from '../hooks/use-return-focus';
import '../presentation.css';
import { storeCanvasSlideOrder, useCanvasSlides } from '../../../lib/slides/canvas-slides';

interface CanvasPresentationProps {
  editor: Editor;
  boardId: string;
  /** The element around tldraw, shown full screen while presenting. */
  stage: RefObject<HTMLElement | null>;
  canReorder: boolean;
}

/** Least room around a frame on screen, in screen pixels, so its edge and name stay visible. */
const frameInset = 48;

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
      // The margin grows with the screen, so the frame's name stays clear of the edge on a 4K screen too.
      const screen = editor.getViewportScreenBounds();
      const inset = Math.max(frameInset, Math.round(Math.min(screen.w, screen.h) * 0.06));
      editor.zoomToBounds(bounds, { inset, animation: animate ? { duration: 320 } : undefined });
    },
    [editor],
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
