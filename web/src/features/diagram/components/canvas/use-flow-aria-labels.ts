import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveDirection } from './use-keyboard-move-message';

/** The keys that work on a box where the diagram is drawn, so its description names only those. */
export interface FlowKeys {
  /** Arrow keys move a box and Delete deletes a box or a link. */
  editable: boolean;
  /** K goes from a box to its links, Escape back (./use-link-keys.ts). */
  links: boolean;
  /** P goes from a box to its fields in the side panel (./use-panel-key.ts). */
  panel: boolean;
}

/**
 * React Flow's screen reader texts in the user's language, the boxes' and links' descriptions
 * naming the keys that work here (a read-only board has no Delete to offer).
 * @param onArrowMove told the direction when a node is about to move with an arrow key: React Flow
 * asks for its sentence before the move, so it is left empty here and made once the move is stored
 * (./use-keyboard-move-message.ts); none where nothing is moved (a version's preview)
 */
export function useFlowAriaLabels({ editable, links, panel }: FlowKeys, onArrowMove?: (direction: MoveDirection) => void) {
  const { t } = useTranslation();
  // Made once per language: a new object each render would make React Flow update its store again.
  return useMemo(() => {
    const sentences = (...texts: Array<string | false>) => texts.filter(Boolean).join(' ');
    const nodeHelp = sentences(
      t('diagram.flow.node-select'),
      editable && t('diagram.flow.node-edit'),
      links && t('diagram.flow.node-links'),
      panel && t('diagram.flow.node-panel'),
    );
    return {
      // React Flow reads `keyboardDisabled` while its keyboard access is on (and `default` when off).
      'node.a11yDescription.default': nodeHelp,
      'node.a11yDescription.keyboardDisabled': nodeHelp,
      'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string }) => {
        onArrowMove?.(direction as MoveDirection);
        return '';
      },
      'edge.a11yDescription.default': sentences(t('diagram.flow.edge-select'), editable && t('diagram.flow.edge-edit'), links && t('diagram.flow.edge-back')),
      'controls.ariaLabel': t('diagram.flow.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.flow.zoom-in'),
      'controls.zoomOut.ariaLabel': t('diagram.flow.zoom-out'),
      'controls.fitView.ariaLabel': t('diagram.flow.fit-view'),
      'controls.interactive.ariaLabel': t('diagram.flow.interactive'),
      'minimap.ariaLabel': t('diagram.flow.minimap'),
      'handle.ariaLabel': t('diagram.flow.handle'),
    };
  }, [t, editable, links, panel, onArrowMove]);
}
