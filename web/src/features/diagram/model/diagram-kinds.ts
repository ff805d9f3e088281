import type { DiagramNodeType, DiagramType } from '../../../../../shared/diagram/vocabulary';

/** The views a diagram board can show. */
export type DiagramView = 'diagram' | 'table' | 'grid' | 'compare' | 'history';

/** What each kind of diagram offers in the toolbar: its views and its add actions. */
export interface DiagramKind {
  /** The views, in the order of the view switch. */
  views: DiagramView[];
  /** The node types added with a button of their own, most used first. */
  add: DiagramNodeType[];
  /** The node types added from the "Mer" menu. */
  moreAdd: DiagramNodeType[];
}

/**
 * Which views and add actions each kind of diagram offers: an actor map has its
 * interest/influence grid, a plan process its variant comparison, a digital structure neither
 * (a tree is read in the diagram and in the table). The toolbar reads this and nothing else.
 */
export const diagramKinds: Record<DiagramType, DiagramKind> = {
  aktorkart: {
    views: ['diagram', 'table', 'grid', 'history'],
    add: ['aktor'],
    moreAdd: ['prosessteg', 'avklaringspunkt', 'fritekst', 'gruppe'],
  },
  planprosess: {
    views: ['diagram', 'table', 'compare', 'history'],
    add: ['prosessteg', 'avklaringspunkt'],
    moreAdd: ['aktor', 'fritekst', 'gruppe'],
  },
  struktur: {
    views: ['diagram', 'table', 'history'],
    add: ['mappe', 'dokument'],
    moreAdd: ['fritekst'],
  },
};
