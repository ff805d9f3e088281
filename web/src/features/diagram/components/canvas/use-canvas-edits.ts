import type { Connection } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { newDiagramId } from '../../../../../../shared/diagram/new-id';
import { deletionSummary } from '../../model/deletion-summary';
import { addEdge, deleteElements } from '../../model/diagram-actions';
import { nodeTitle } from '../../model/labels';
import type { Selection } from '../../model/selection';
import type { DiagramSession } from '../../sync/use-diagram-session';
import type { FlowEdge } from '../diagram-edges';
import type { FlowNode } from '../diagram-nodes';

interface CanvasEditInputs {
  session: DiagramSession;
  nodes: DiagramNode[];
  nodeById: Map<string, DiagramNode>;
  onSelectionChange: (selection: Selection) => void;
  readOnly: boolean;
  /** The canvas element, which takes focus back when the focused node is deleted. */
  container: RefObject<HTMLDivElement | null>;
  /** Tells screen reader users what the Delete key removed, as the toolbar's delete does. */
  announce: (message: string) => void;
}

/** Connections drawn and elements deleted on the canvas, written to the document. */
export function useCanvasEdits({ session, nodes, nodeById, onSelectionChange, readOnly, container, announce }: CanvasEditInputs) {
  const { t } = useTranslation();
  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly || connection.source === connection.target) return;
      const source = nodeById.get(connection.source);
      const target = nodeById.get(connection.target);
      if (!source || !target) return;
      const isActors = source.type === 'aktor' && target.type === 'aktor';
      const holds = source.type === 'mappe' && (target.type === 'mappe' || target.type === 'dokument');
      const edge: DiagramEdge = {
        id: newDiagramId(),
        type: isActors ? 'relasjon' : holds ? 'inneholder' : 'sekvens',
        source: source.id,
        target: target.id,
        sourceHandle: connection.sourceHandle,
        targetHandle: connection.targetHandle,
        variantId: source.variantId ?? null,
        data: isActors ? { relation: 'samarbeider-med', label: '' } : { label: '' },
      };
      addEdge(session.doc, edge);
      onSelectionChange({ nodes: new Set(), edges: new Set([edge.id]) });
    },
    [readOnly, nodeById, session.doc, onSelectionChange],
  );

  const onDelete = useCallback(
    ({ nodes: removedNodes, edges: removedEdges }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
      if (readOnly) return;
      // What the person selected: React Flow adds a deleted group's boxes and every link of a deleted
      // box. A group's boxes stay, moved out of it, as when the group is deleted from the toolbar or
      // panel (deleteElements), and the links of deleted boxes go with them there.
      const chosenNodes = removedNodes.filter((node) => node.selected);
      const chosenEdges = removedEdges.filter((edge) => edge.selected);
      const nodeIds = chosenNodes.map((node) => node.id);
      deleteElements(
        session.doc,
        nodes,
        nodeIds,
        chosenEdges.map((edge) => edge.id),
      );
      onSelectionChange({ nodes: new Set(), edges: new Set() });
      const summary = deletionSummary(nodeIds, chosenEdges);
      const only = summary?.onlyNodeId ? nodeById.get(summary.onlyNodeId) : undefined;
      if (only) announce(t('diagram.announce.deleted-named', { title: nodeTitle(only, t) }));
      else if (summary) announce(t('diagram.announce.deleted', { count: summary.count }));
      // The focused node is gone: keep focus in the diagram rather than losing it to the page.
      requestAnimationFrame(() => {
        if (!container.current?.contains(document.activeElement)) container.current?.focus();
      });
    },
    [readOnly, session.doc, nodes, nodeById, onSelectionChange, container, announce, t],
  );

  return { onConnect, onDelete };
}
