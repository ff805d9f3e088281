import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../../lib/slides/slide';
import { slideKey } from '../../../lib/slide-keys';
import { presentationStore } from '../../../lib/presentation-store';

interface PresenterOptions<S extends Slide> {
  boardId: string;
  /** The slides in presentation order; may change while presenting (someone reorders or deletes). */
  slides: S[];
  /** Element shown full screen while presenting: the board and its editing tools. */
  stage: HTMLElement | null;
  /** Moves this browser's own camera or viewport to the slide. */
  show: (slide: S, options: { animate: boolean }) => void;
  /** True while the person is typing into the board (then keys belong to the text, not the slides). */
  isTyping?: () => boolean;
  /** Reads this browser's view before the presentation starts, so ending it (Esc) goes back there. */
  saveView?: () => unknown;
  restoreView?: (saved: unknown) => void;
}

export interface Presenter<S extends Slide> {
  running: boolean;
  index: number;
  slide: S | null;
  count: number;
  /** The last sentence for screen readers (slide changes, start and end). */
  announcement: string;
  /** Starts at the first slide (or `atId`). Call from a click or key press: full screen needs one. */
  start: (atId?: string) => void;
  stop: () => void;
  go: (by: number) => void;
}

const typingTargets = 'input, textarea, select, [contenteditable="true"]';
const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The presentation itself, the same for canvas boards and diagrams: which slide is shown, full
 * screen, arrow keys (Page Up/Down, Home/End) and Esc, the sentence announced at each change, and the
 * current slide published in `presentationStore`. Where a slide is on the board is left to `show`.
 */
export function usePresenter<S extends Slide>({ boardId, slides, stage, show, isTyping, saveView, restoreView }: PresenterOptions<S>): Presenter<S> {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The last known position, so a deleted slide is followed by the one that took its place.
  const lastIndex = useRef(0);
  const enteredFullscreen = useRef(false);
  // The view the presenter had before starting, and how to go back to it.
  const savedView = useRef<{ value: unknown } | null>(null);
  const restore = useRef(restoreView);
  restore.current = restoreView;

  const found = running ? slides.findIndex((slide) => slide.id === currentId) : -1;
  const index = running && slides.length > 0 ? (found >= 0 ? found : Math.min(lastIndex.current, slides.length - 1)) : -1;
  const slide = index >= 0 ? slides[index]! : null;

  const announce = useCallback((text: string) => {
    // Cleared first, so the same sentence twice is read twice.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  }, []);

  const stop = useCallback(
    (reason: 'ended' | 'gone' = 'ended') => {
      setRunning(false);
      setCurrentId(null);
      announce(t(`presentation.${reason}`));
      const saved = savedView.current;
      savedView.current = null;
      // Once the stage is back in its place in the page (the view is measured in it).
      if (saved) requestAnimationFrame(() => requestAnimationFrame(() => restore.current?.(saved.value)));
    },
    [announce, t],
  );

  const start = useCallback(
    (atId?: string) => {
      if (slides.length === 0) return;
      const first = slides.find((candidate) => candidate.id === atId) ?? slides[0]!;
      lastIndex.current = 0;
      if (!savedView.current && saveView) savedView.current = { value: saveView() };
      setCurrentId(first.id);
      setRunning(true);
      if (stage && !document.fullscreenElement && typeof stage.requestFullscreen === 'function') {
        // Refused full screen (no permission, an embedded page) still presents, filling the window.
        stage.requestFullscreen().then(
          () => (enteredFullscreen.current = true),
          () => {},
        );
      }
    },
    [slides, stage, saveView],
  );

  const go = useCallback(
    (by: number) => {
      if (!running || slides.length === 0) return;
      const next = Math.min(slides.length - 1, Math.max(0, index + by));
      setCurrentId(slides[next]!.id);
    },
    [running, slides, index],
  );

  // A slide that is gone is replaced by its neighbour; no slides at all ends the presentation.
  useEffect(() => {
    if (!running) return;
    if (slides.length === 0) stop('gone');
    else if (slide && slide.id !== currentId) setCurrentId(slide.id);
  }, [running, slides.length, slide, currentId, stop]);

  const slideRef = useRef(slide);
  slideRef.current = slide;

  // Each new slide: move the camera there, say so, and tell whoever follows.
  const showRef = useRef(show);
  showRef.current = show;
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    if (!slide) {
      shownId.current = null;
      return;
    }
    const isNew = shownId.current !== slide.id;
    shownId.current = slide.id;
    lastIndex.current = index;
    if (isNew) {
      showRef.current(slide, { animate: !reducedMotion() });
      announce(t('presentation.announce', { position: String(index + 1), count: slides.length, title: slide.title }));
    }
    presentationStore.set({ boardId, slideId: slide.id, index, count: slides.length, title: slide.title });
  }, [slide, index, slides.length, boardId, announce, t]);
  useEffect(() => () => presentationStore.set(null), []);
  useEffect(() => {
    if (!running) presentationStore.set(null);
  }, [running]);

  // The stage fills the screen (or the window) while presenting; the slide is fitted again when it
  // changes size, so it is never cut off.
  useEffect(() => {
    if (!running || !stage) return;
    stage.classList.add('presentation-stage');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      // After the board has measured its new size itself.
      timer = setTimeout(() => {
        const current = slideRef.current;
        if (current) showRef.current(current, { animate: false });
      }, 80);
    });
    observer.observe(stage);
    const onFullscreenChange = () => {
      if (document.fullscreenElement === stage) enteredFullscreen.current = true;
      // Leaving full screen the browser's way (its own Esc) ends the presentation too.
      else if (enteredFullscreen.current) {
        enteredFullscreen.current = false;
        stop();
      }
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      stage.classList.remove('presentation-stage');
      if (document.fullscreenElement === stage) {
        enteredFullscreen.current = false;
        void document.exitFullscreen().catch(() => {});
      }
    };
  }, [running, stage, stop]);
  // Keys work wherever focus is on the page, before the board's own shortcuts (which would nudge
  // the selected shapes), except while someone types.
  const keys = useRef({ go, stop, isTyping });
  keys.current = { go, stop, isTyping };
  useEffect(() => {
    if (!running) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const key = slideKey(event);
      if (key === null) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest(typingTargets) || keys.current.isTyping?.()) return;
      if (key === 'stop') keys.current.stop();
      else keys.current.go(key);
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [running]);

  return { running, index, slide, count: slides.length, announcement, start, stop: () => stop(), go };
}
