import { useTranslation } from 'react-i18next';
import { KeyboardHelp, SidePanel, type SidePanelProps } from './side-panel';

/** The side panel's props (it is hidden from here), and whether the keyboard help or a hidden panel stands instead. */
interface CanvasAsideProps extends Omit<SidePanelProps, 'onHide'> {
  keysOpen: boolean;
  onKeysOpen: (open: boolean) => void;
  /** Kept by the editor, so a hidden panel stays hidden when another view is shown and the diagram comes back. */
  panelHidden: boolean;
  onPanelHidden: (hidden: boolean) => void;
}

/** What stands beside the canvas: the keyboard help when asked for, else the selection's panel (or the button that shows it again). */
export function CanvasAside(props: CanvasAsideProps) {
  const { keysOpen, onKeysOpen, panelHidden, onPanelHidden, ...panel } = props;
  const { t } = useTranslation();
  const hasSelection = panel.selection.nodes.size > 0 || panel.selection.edges.size > 0;
  if (keysOpen) return <KeyboardHelp onClose={() => onKeysOpen(false)} />;
  if (!hasSelection) return null;
  if (panelHidden) {
    return (
      <button type="button" className="button button--secondary diagram-panel-show" onClick={() => onPanelHidden(false)}>
        {t('workspace.panel.show')}
      </button>
    );
  }
  return <SidePanel {...panel} onHide={() => onPanelHidden(true)} />;
}
