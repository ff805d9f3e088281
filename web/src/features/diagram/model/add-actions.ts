import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';

/** One way to add a node from the toolbar: its type, and whether it is shown in the row itself. */
export interface AddAction {
  type: DiagramNode['type'];
  /** In the toolbar row; the rest are under "Mer". */
  primary: boolean;
}

/**
 * What each kind of diagram offers to add, in the order shown: the kind's own nodes in the row,
 * the others in the menu. The one place that decides it, so a new kind of diagram adds its list here.
 */
export function addActionsFor(diagramType: DiagramType): AddAction[] {
  switch (diagramType) {
    case 'aktorkart':
      return [
        { type: 'aktor', primary: true },
        { type: 'prosessteg', primary: false },
        { type: 'avklaringspunkt', primary: false },
        { type: 'fritekst', primary: false },
        { type: 'gruppe', primary: false },
      ];
    case 'planprosess':
      return [
        { type: 'prosessteg', primary: true },
        { type: 'avklaringspunkt', primary: true },
        { type: 'aktor', primary: false },
        { type: 'fritekst', primary: false },
        { type: 'gruppe', primary: false },
      ];
  }
}
