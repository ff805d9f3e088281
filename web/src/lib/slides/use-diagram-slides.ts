import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { diagramMaps, readPresentationOrder } from '../../../../shared/diagram/diagram-ydoc';
import { diagramSlides, orderedAs, type DiagramSlide, type SlideContent } from '../../../../shared/diagram/presentation-slides';
import type { DiagramType } from '../../../../shared/diagram/vocabulary';
import type { Slide } from './slide';
import '../diagram-texts';

export type PresentedDiagramSlide = Slide & {
  nodeIds: string[];
  /** The slide's row in the order people choose: a phase shown in parts has one row for them all. */
  order: Slide;
};

/** Any i18next `t` (it is asked for the diagram's phase and category names and one text of ours). */
type Translate = (key: never) => string;

/** A slide as people see it: its title (a phase's part says which), its node ids and its row in the order. */
function presented(slide: DiagramSlide, translate: Translate): PresentedDiagramSlide {
  const t = translate as unknown as (key: string, options?: Record<string, unknown>) => string;
  const title = titleOf(slide, translate);
  const part = slide.kind === 'phase' ? slide.part : undefined;
  return {
    id: slide.id,
    title: part ? t('presentation.slide-part', { title, number: part.number, count: part.of }) : title,
    nodeIds: slide.nodeIds,
    order: { id: orderedAs(slide), title: part ? t('presentation.slide-parts', { title, count: part.of }) : title },
  };
}

/** What people read for a slide: the phase, the category, the group's or folder's name, or «Utenfor hovedmappene». */
function titleOf(slide: DiagramSlide, translate: Translate): string {
  const t = translate as unknown as (key: string) => string;
  switch (slide.kind) {
    case 'phase':
      return t(`diagram.phase.${slide.phase}`);
    case 'category':
      return t(`diagram.category.${slide.category}`);
    case 'group':
      return slide.label.trim() || t('presentation.group-untitled');
    case 'folder':
      return slide.label;
    case 'outside-folders':
      return t('presentation.outside-folders');
  }
}

/** A part of a diagram as its slides divide it: a phase (all its parts), a category, a group, a folder. */
export interface DiagramArea {
  id: string;
  label: string;
  nodeIds: string[];
}

/**
 * The parts of a diagram its slides show, in the diagram's own order, a phase shown in parts as one:
 * what a vote can be limited to.
 */
export function diagramAreas(diagramType: DiagramType, content: SlideContent, t: Translate): DiagramArea[] {
  const areas = new Map<string, DiagramArea>();
  for (const slide of diagramSlides(diagramType, content)) {
    const id = orderedAs(slide);
    const area = areas.get(id) ?? { id, label: titleOf(slide, t), nodeIds: [] };
    area.nodeIds.push(...slide.nodeIds);
    areas.set(id, area);
  }
  return [...areas.values()];
}

/** The slides as they are now, outside React (the handout is made at the moment someone asks). */
export function diagramHandoutSlides(doc: Y.Doc, diagramType: DiagramType, content: SlideContent, t: Translate): PresentedDiagramSlide[] {
  return diagramSlides(diagramType, content, readPresentationOrder(doc) ?? undefined).map((slide) => presented(slide, t));
}

/** The slide order stored in the diagram's Yjs document, kept up to date as anyone changes it. */
function useStoredOrder(doc: Y.Doc): string | null {
  const meta = diagramMaps(doc).meta;
  return useSyncExternalStore(
    (listener) => {
      meta.observe(listener);
      return () => meta.unobserve(listener);
    },
    // A string, so React sees the same value while nothing changed.
    () => {
      const order = readPresentationOrder(doc);
      return order ? JSON.stringify(order) : null;
    },
  );
}

/**
 * The diagram's slides in presentation order, with what people read for each: the phase (and which
 * part of it), the category, or the group's or folder's name.
 * @param nodes the nodes on screen (for a plan process, those of the variant shown), and the edges between them
 */
export function useDiagramSlides(doc: Y.Doc, diagramType: DiagramType, { nodes, edges }: SlideContent): PresentedDiagramSlide[] {
  const { t } = useTranslation();
  const order = useStoredOrder(doc);
  return useMemo(
    () => diagramSlides(diagramType, { nodes, edges }, order ? JSON.parse(order) : undefined).map((slide) => presented(slide, t)),
    [diagramType, nodes, edges, order, t],
  );
}
