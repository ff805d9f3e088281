import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { Selection } from '../model/selection';
import type { DiagramSession } from '../sync/use-diagram-session';
import type { EditorCommands } from './editor-commands';
import { KeyboardHelp, SidePanel } from './side-panel';

interface CanvasAsideProps {
  session: DiagramSession;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  selection: Selection;
  readOnly: boolean;
  lanes: string[];
  commands: EditorCommands;
  focusNodeId: string | null;
  keysOpen: boolean;
  onKeysOpen: (open: boolean) => void;
  /** Kept by the editor, so a hidden panel stays hidden when another view is shown and the diagram comes back. */
  panelHidden: boolean;
  onPanelHidden: (hidden: boolean) => void;
}

/** What stands beside the canvas: the keyboard help when asked for, else the selection's panel (or the button that shows it again). */
export function CanvasAside(props: CanvasAsideProps) {
  const { session, nodes, edges, selection, readOnly, lanes, commands, focusNodeId, keysOpen, onKeysOpen, panelHidden, onPanelHidden } = props;
  const { t } = useTranslation();
  const hasSelection = selection.nodes.size > 0 || selection.edges.size > 0;
  if (keysOpen) return <KeyboardHelp onClose={() => onKeysOpen(false)} />;
  if (!hasSelection) return null;
  if (panelHidden) {
    return (
      <button type="button" className="button button--secondary diagram-panel-show" onClick={() => onPanelHidden(false)}>
        {t('workspace.panel.show')}
      </button>
    );
  }
  return (
    <SidePanel
      session={session}
      nodes={nodes}
      edges={edges}
      selection={selection}
      readOnly={readOnly}
      lanes={lanes}
      commands={commands}
      focusNodeId={focusNodeId}
      onHide={() => onPanelHidden(true)}
    />
  );
}
