import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveDirection } from './use-keyboard-move-message';

/**
 * React Flow's screen reader texts in the user's language.
 * @param onArrowMove told the direction when a node is about to move with an arrow key: React Flow
 * asks for its sentence before the move, so it is left empty here and made once the move is stored
 * (./use-keyboard-move-message.ts); none where nothing is moved (a version's preview)
 */
export function useFlowAriaLabels(onArrowMove?: (direction: MoveDirection) => void) {
  const { t } = useTranslation();
  // Made once per language: a new object each render would make React Flow update its store again.
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('diagram.flow.node-help'),
      'node.a11yDescription.keyboardDisabled': t('diagram.flow.node-help-move'),
      'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string }) => {
        onArrowMove?.(direction as MoveDirection);
        return '';
      },
      'edge.a11yDescription.default': t('diagram.flow.edge-help'),
      'controls.ariaLabel': t('diagram.flow.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.flow.zoom-in'),
      'controls.zoomOut.ariaLabel': t('diagram.flow.zoom-out'),
      'controls.fitView.ariaLabel': t('diagram.flow.fit-view'),
      'controls.interactive.ariaLabel': t('diagram.flow.interactive'),
      'minimap.ariaLabel': t('diagram.flow.minimap'),
      'handle.ariaLabel': t('diagram.flow.handle'),
    }),
    [t, onArrowMove],
  );
}
