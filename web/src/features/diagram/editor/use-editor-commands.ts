import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryGroups, placeInGroup } from '../../../../../shared/diagram/actor-groups';
import type { ActorData, DiagramEdge, DiagramNode, DiagramPosition, DiagramSize } from '../../../../../shared/diagram/diagram-document';
import { newDiagramId } from '../../../../../shared/diagram/new-id';
import { estimatedNodeSize, placeNewNode } from '../../../../../shared/diagram/place-node';
import { isStructureNode } from '../../../../../shared/diagram/structure-tree';
import type { FlowEdge } from '../components/diagram-edges';
import type { FlowNode } from '../components/diagram-nodes';
import { fitOptions } from '../components/canvas/opening-view';
import type { EditorCommands } from '../components/editor-commands';
import {
  addEdge,
  addNode,
  copySelection,
  deleteElements,
  groupNodes,
  leaveGroup,
  pasteClipboard,
  resizeNode,
  ungroup,
  type DiagramClipboard,
} from '../model/diagram-actions';
import type { DiagramSnapshot } from '../model/diagram-store';
import { folderFor } from '../model/folder-for';
import { nodeTitle } from '../model/labels';
import { localOrigin } from '../model/local-origin';
import { newNodeData } from '../model/new-node-data';
import { emptySelection, type Selection } from '../model/selection';
import type { DiagramSession } from '../sync/use-diagram-session';
import { useCloseOpeningNotice } from './use-opening-notice';

/** Copied nodes survive moving between diagram boards in the same tab. */
let clipboard: DiagramClipboard | null = null;

interface EditorCommandInputs {
  session: DiagramSession;
  snapshot: DiagramSnapshot;
  /** What is shown (for a plan process, one variant's nodes and edges). */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  isProcess: boolean;
  variantId: string | null;
  readOnly: boolean;
  selection: Selection;
  setSelection: Dispatch<SetStateAction<Selection>>;
  setFocusNodeId: (id: string | null) => void;
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
  layout: (full?: boolean) => void;
  announce: (message: string) => void;
}

/**
 * The editor's commands for the toolbar, side panel, views and shortcuts: each writes to the
 * document, updates the selection and tells screen reader users what happened. One object, made
 * again only when what the commands read changes.
 */
export function useEditorCommands(inputs: EditorCommandInputs): EditorCommands {
  const { session, snapshot, nodes, edges, isProcess, variantId, readOnly, selection, setSelection, setFocusNodeId, sizes, layout, announce } = inputs;
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const closeOpeningNotice = useCloseOpeningNotice();
  const select = useCallback((next: Selection) => setSelection(next), [setSelection]);

  return useMemo(() => {
    const viewportCenter = () => {
      const element = document.querySelector('.diagram-canvas');
      if (!element) return undefined;
      const rect = element.getBoundingClientRect();
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2 - 100, y: rect.top + rect.height / 2 - 40 });
    };
    const deleteIds = (nodeIds: Set<string>, edgeIds: Set<string>) => {
      const count = nodeIds.size + edgeIds.size;
      if (count === 0) return;
      deleteElements(session.doc, snapshot.nodes, nodeIds, edgeIds);
      setSelection(emptySelection);
      announce(t('diagram.announce.deleted', { count }));
    };
    return {
      createNode(type, options = {}) {
        if (readOnly) return null;
        const data = { ...newNodeData(type, t, options.after), ...options.data } as DiagramNode['data'];
        const nodeVariant = isProcess ? variantId : null;
        const id = newDiagramId();
        // An actor goes into its category's group when the map has one (never beside it, which
        // would look like a second group), next to the actors it relates to where there is room.
        const categoryGroup = type === 'aktor' ? categoryGroups(nodes).get((data as ActorData).category) : undefined;
        const group = categoryGroup ? snapshot.nodeById.get(categoryGroup) : undefined;
        // A folder or document goes into the selected folder (or the selected document's folder, or the top folder).
        const folder = type === 'mappe' || type === 'dokument' ? folderFor(nodes, edges, selection.nodes) : undefined;
        let position: DiagramPosition;
        let groupSize: DiagramSize | null = null;
        if (group) {
          ({ position, groupSize } = placeInGroup(nodes, group, estimatedNodeSize({ type: 'aktor', data }), { sizes: sizes.current }));
        } else {
          position = placeNewNode(nodes, {
            type,
            category: type === 'aktor' ? (data as ActorData).category : undefined,
            phase: 'phase' in data ? data.phase : undefined,
            lane: 'lane' in data ? data.lane : undefined,
            variantId: nodeVariant,
            after: options.after ?? folder,
            preferred: viewportCenter(),
          });
        }
        const node = { id, type, position, parentId: group?.id ?? null, variantId: nodeVariant, data } as DiagramNode;
        session.doc.transact(() => {
          addNode(session.doc, node);
          if (group && groupSize) resizeNode(session.doc, group.id, groupSize);
          if (folder)
            addEdge(session.doc, { id: newDiagramId(), type: 'inneholder', source: folder.id, target: node.id, variantId: null, data: { label: '' } });
        }, localOrigin);
        if (options.after) {
          addEdge(session.doc, { id: newDiagramId(), type: 'sekvens', source: options.after.id, target: node.id, variantId: nodeVariant, data: { label: '' } });
        }
        if (options.select !== false) {
          setSelection({ nodes: new Set([node.id]), edges: new Set() });
          setFocusNodeId(node.id);
        }
        announce(t('diagram.announce.created', { kind: t(`diagram.node-type.${type}`), title: nodeTitle(node, t) }));
        return node.id;
      },
      connect(sourceId, targetId, type, relation) {
        if (readOnly) return;
        const source = snapshot.nodeById.get(sourceId);
        const target = snapshot.nodeById.get(targetId);
        if (!source || !target) return;
        // In a digital structure a folder holds what it is joined to.
        if (source.type === 'mappe' && isStructureNode(target)) type = 'inneholder';
        const edge: DiagramEdge = {
          id: newDiagramId(),
          type,
          source: sourceId,
          target: targetId,
          variantId: source.variantId ?? null,
          data: type === 'relasjon' ? { relation: relation ?? 'samarbeider-med', label: '' } : { label: '' },
        };
        addEdge(session.doc, edge);
        announce(t('diagram.announce.connected', { source: nodeTitle(source, t), target: nodeTitle(target, t) }));
      },
      select,
      selectAll() {
        setSelection({ nodes: new Set(nodes.map((node) => node.id)), edges: new Set(edges.map((edge) => edge.id)) });
        announce(t('diagram.announce.selected-all', { count: nodes.length }));
      },
      copy() {
        const copied = copySelection(snapshot.nodes, snapshot.edges, selection.nodes);
        if (!copied) return;
        clipboard = copied;
        void navigator.clipboard?.writeText(JSON.stringify({ format: 'planrom-diagram-clipboard', ...copied })).catch(() => {});
        announce(t('diagram.announce.copied', { count: copied.nodes.length }));
      },
      paste() {
        if (readOnly || !clipboard) return;
        const ids = pasteClipboard(session.doc, clipboard, { x: 48, y: 48 }, isProcess ? variantId : null);
        setSelection({ nodes: new Set(ids), edges: new Set() });
        announce(t('diagram.announce.pasted', { count: ids.length }));
      },
      duplicate() {
        if (readOnly) return;
        const copied = copySelection(snapshot.nodes, snapshot.edges, selection.nodes);
        if (!copied) return;
        const ids = pasteClipboard(session.doc, copied, { x: 48, y: 48 }, isProcess ? variantId : null);
        setSelection({ nodes: new Set(ids), edges: new Set() });
        announce(t('diagram.announce.pasted', { count: ids.length }));
      },
      deleteSelection() {
        if (!readOnly) deleteIds(selection.nodes, selection.edges);
      },
      group() {
        if (readOnly) return;
        const id = groupNodes(session.doc, snapshot.nodes, [...selection.nodes], t('diagram.defaults.group'), isProcess ? variantId : null);
        if (!id) return;
        setSelection({ nodes: new Set([id]), edges: new Set() });
        setFocusNodeId(id);
        announce(t('diagram.announce.grouped'));
      },
      ungroup(groupId) {
        if (readOnly) return;
        ungroup(session.doc, snapshot.nodes, groupId);
        setSelection(emptySelection);
        announce(t('diagram.announce.ungrouped'));
      },
      leaveGroup(nodeId) {
        if (!readOnly) leaveGroup(session.doc, snapshot.nodes, nodeId);
      },
      undo() {
        if (readOnly) return;
        if (session.undoManager.undo()) announce(t('diagram.announce.undone'));
        else announce(t('diagram.announce.nothing-to-undo'));
      },
      redo() {
        if (readOnly) return;
        if (session.undoManager.redo()) announce(t('diagram.announce.redone'));
        else announce(t('diagram.announce.nothing-to-redo'));
      },
      layout,
      showAll() {
        void flow.fitView({ ...fitOptions, duration: 300 });
        closeOpeningNotice();
      },
      announce,
    };
  }, [
    readOnly,
    t,
    isProcess,
    variantId,
    nodes,
    edges,
    snapshot,
    session,
    selection,
    flow,
    announce,
    select,
    layout,
    setSelection,
    setFocusNodeId,
    sizes,
    closeOpeningNotice,
  ]);
}
