import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's screen reader texts in the user's language. */
export function useFlowAriaLabels() {
  const { t } = useTranslation();
  // Made once per language: a new object each render would make React Flow update its store again.
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('diagram.flow.node-help'),
      'node.a11yDescription.keyboardDisabled': t('diagram.flow.node-help-move'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('diagram.flow.moved', { direction: t(`diagram.flow.direction.${direction as 'up'}`), x: String(Math.round(x)), y: String(Math.round(y)) }),
      'edge.a11yDescription.default': t('diagram.flow.edge-help'),
      'controls.ariaLabel': t('diagram.flow.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.flow.zoom-in'),
      'controls.zoomOut.ariaLabel': t('diagram.flow.zoom-out'),
      'controls.fitView.ariaLabel': t('diagram.flow.fit-view'),
      'controls.interactive.ariaLabel': t('diagram.flow.interactive'),
      'minimap.ariaLabel': t('diagram.flow.minimap'),
      'handle.ariaLabel': t('diagram.flow.handle'),
    }),
    [t],
  );
}
