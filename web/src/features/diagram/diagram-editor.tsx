import { useQueryClient } from '@tanstack/react-query';
import { ReactFlowProvider, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryGroups, placeInGroup } from '../../../../shared/diagram/actor-groups';
import type { ActorData, DiagramEdge, DiagramNode, DiagramPosition, DiagramSize } from '../../../../shared/diagram/diagram-document';
import { overlappingNodes } from '../../../../shared/diagram/overlaps';
import { isStructureNode, structureTree } from '../../../../shared/diagram/structure-tree';
import { newDiagramId } from '../../../../shared/diagram/new-id';
import { estimatedNodeSize, placeNewNode } from '../../../../shared/diagram/place-node';
import type { Board } from '../../../../shared/schemas/board';
import { closeCodes } from '../../../../shared/sync/close-codes';
import { queryKeys } from '../../lib/query-keys';
import { LoadingState } from '../../components/ui/loading-state';
import { WorkspaceSlot } from '../../components/workspace/workspace-slots';
import type * as Y from 'yjs';
import type { DiagramType } from '../../../../shared/diagram/vocabulary';
import { DiagramCanvas } from './components/diagram-canvas';
import { emptySelection, type Selection } from './model/selection';
import type { FlowEdge } from './components/diagram-edges';
import type { FlowNode } from './components/diagram-nodes';
import { UnsentChangesGuard } from '../../components/workspace/unsent-changes-guard';
import { ConnectionNotice, DiagramStatus } from './components/connection-notice';
import type { EditorCommands } from './components/editor-commands';
import { PresenceList } from './components/presence-list';
import { KeyboardHelp, SidePanel } from './components/side-panel';
import { DiagramFileActions, DiagramToolbar, type DiagramView } from './components/diagram-toolbar';
import { elkEngine } from './layout/elk-engine';
import { arrangeDiagram } from './layout/arrange-diagram';
import {
  addEdge,
  addNode,
  addVariant,
  applyLayout,
  copySelection,
  deleteElements,
  groupNodes,
  leaveGroup,
  pasteClipboard,
  resizeNode,
  ungroup,
  type DiagramClipboard,
} from './model/diagram-actions';
import { nodeTitle } from './model/labels';
import { localOrigin } from './model/local-origin';
import { renderDiagramImage } from './export/export-image';
import { useConnection, useDiagramSession, useDiagramSnapshot, usePresence, type DiagramSession } from './sync/use-diagram-session';
import { CompareView } from './views/compare-view';
import { GridView } from './views/grid-view';
import { HistoryView } from './views/history-view';
import { TableView } from './views/table-view';
import { VariantBar } from './views/variant-bar';

export interface Municipality {
  id: string;
  name: string;
}

/** What the board page gets to mount in the diagram (meeting tools, presenting); rendered inside React Flow's provider. */
export interface DiagramExtrasContext {
  doc: Y.Doc;
  diagramType: DiagramType;
  /** The nodes on screen (for a plan process, the variant shown). */
  nodes: DiagramNode[];
  /** The nodes people can vote on, with the titles the diagram shows. */
  listItems: () => { id: string; label: string }[];
  /** The editor element, shown full screen while presenting. */
  stage: RefObject<HTMLDivElement | null>;
  canWrite: boolean;
  screen: boolean;
  /** Brings the diagram view forward. */
  showDiagram: () => void;
  /** The one node selected now, if exactly one is. */
  selectedNodeId: () => string | null;
  /** A picture of the whole diagram (for the minutes). */
  captureImage: () => Promise<{ dataUrl: string; width: number; height: number }>;
}

interface DiagramEditorProps {
  board: Board;
  /** What the server lets this person do; the server enforces it, the editor only follows it. */
  access: 'read' | 'write';
  municipalities: Municipality[];
  /** The meeting-room screen: the board without tools, never edited. */
  screen?: boolean;
  extras?: (context: DiagramExtrasContext) => ReactNode;
}

/** The id of the common practice made automatically, the same in every browser (no duplicates). */
const commonVariantId = 'felles-praksis';

/** Copied nodes survive moving between diagram boards in the same tab. */
let clipboard: DiagramClipboard | null = null;

/**
 * A diagram board: React Flow editor, table view, interest/influence grid or variant comparison,
 * version history, all on one live Yjs document. Loaded lazily, only on diagram boards.
 */
export default function DiagramEditor({ board, access, municipalities, screen = false, extras }: DiagramEditorProps) {
  const { t } = useTranslation();
  const session = useDiagramSession(board.id);
  if (!session) return <LoadingState text={t('diagram.loading')} />;
  return (
    <ReactFlowProvider>
      <EditorBody board={board} access={access} municipalities={municipalities} session={session} screen={screen} extras={extras} />
    </ReactFlowProvider>
  );
}

function EditorBody({ board, access, municipalities, session, screen = false, extras }: DiagramEditorProps & { session: DiagramSession }) {
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const snapshot = useDiagramSnapshot(session);
  const connection = useConnection(session.provider);
  const presence = usePresence(session);
  // The meeting-room screen shows the board without tools and never edits it.
  const readOnly = access !== 'write' || connection.status === 'closed' || screen;
  const [view, setView] = useState<DiagramView>('diagram');
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [chosenVariant, setChosenVariant] = useState<string | null>(null);
  const [focusNodeId, setFocusNodeId] = useState<string | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [panelHidden, setPanelHidden] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const sizes = useRef(new Map<string, { width: number; height: number }>());
  const queryClient = useQueryClient();

  // The server closes with "access changed" when someone's rights change (member → observer): the
  // socket reconnects with the new rights, and the page fetches them so the editor follows.
  useEffect(
    () =>
      session.provider.onClose((code) => {
        if (code === closeCodes.accessChanged || code === closeCodes.sessionEnded) void queryClient.invalidateQueries({ queryKey: queryKeys.board(board.id) });
      }),
    [session.provider, queryClient, board.id],
  );

  const isProcess = snapshot.diagramType === 'planprosess';
  const variants = snapshot.variants;
  const common = snapshot.commonVariant;
  const variantId = isProcess ? (variants.some((v) => v.id === chosenVariant) ? chosenVariant : (common?.id ?? variants[0]?.id ?? null)) : null;
  const nodes = useMemo(
    () => (isProcess ? snapshot.nodes.filter((node) => (node.variantId ?? common?.id ?? null) === variantId) : snapshot.nodes),
    [isProcess, snapshot.nodes, common, variantId],
  );
  const visibleIds = useMemo(() => new Set(nodes.map((node) => node.id)), [nodes]);
  const edges = useMemo(() => snapshot.edges.filter((edge) => visibleIds.has(edge.source) && visibleIds.has(edge.target)), [snapshot.edges, visibleIds]);
  const lanes = useMemo(() => {
    const names = new Set<string>();
    for (const node of snapshot.nodes) {
      if ((node.type === 'prosessteg' || node.type === 'avklaringspunkt') && node.data.lane.trim()) names.add(node.data.lane.trim());
      if (node.type === 'aktor') names.add(node.data.name);
    }
    return [...names].sort((a, b) => a.localeCompare(b, 'nb'));
  }, [snapshot.nodes]);

  // A plan process always has its common practice to work in.
  useEffect(() => {
    if (isProcess && connection.everSynced && !readOnly && variants.length === 0) {
      addVariant(session.doc, { id: commonVariantId, name: t('diagram.variant.common'), municipalityId: null, isCommon: true });
    }
  }, [isProcess, connection.everSynced, readOnly, variants.length, session.doc, t]);

  // Drop selected ids that are gone (deleted by someone else, or another variant shown).
  useEffect(() => {
    const keepNodes = [...selection.nodes].filter((id) => visibleIds.has(id));
    const edgeIds = new Set(edges.map((edge) => edge.id));
    const keepEdges = [...selection.edges].filter((id) => edgeIds.has(id));
    if (keepNodes.length !== selection.nodes.size || keepEdges.length !== selection.edges.size) {
      setSelection({ nodes: new Set(keepNodes), edges: new Set(keepEdges) });
    }
  }, [visibleIds, edges, selection]);

  // Presence: what we have selected, which view and variant we are in.
  useEffect(() => {
    session.provider.awareness.setLocalStateField('selection', [...selection.nodes, ...selection.edges]);
  }, [selection, session.provider]);
  useEffect(() => {
    const awareness = session.provider.awareness;
    awareness.setLocalStateField('view', view);
    awareness.setLocalStateField('variantId', variantId);
    if (view !== 'diagram') awareness.setLocalStateField('cursor', null);
  }, [view, variantId, session.provider]);

  // Focus goes to a new node's first field once, when it is made; selecting it later must not steal focus.
  useEffect(() => {
    if (!focusNodeId) return;
    const frame = requestAnimationFrame(() => setFocusNodeId(null));
    return () => cancelAnimationFrame(frame);
  }, [focusNodeId]);

  const announce = useCallback((message: string) => {
    // Clear first so the same sentence twice is still read.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  const select = useCallback((next: Selection) => setSelection(next), []);

  // A member municipality that joined after the board was made gets its own (empty) variant, on
  // boards that keep a variant per member. Its id is fixed, so two browsers make the same one.
  useEffect(() => {
    if (!isProcess || !connection.everSynced || readOnly || !variants.some((variant) => variant.municipalityId)) return;
    const known = (name: string) => variants.some((variant) => variant.name.trim().toLowerCase() === name.trim().toLowerCase());
    const missing = municipalities.filter(
      (municipality) => !variants.some((variant) => variant.municipalityId === municipality.id) && !known(municipality.name),
    );
    if (missing.length === 0) return;
    session.doc.transact(() => {
      for (const municipality of missing)
        addVariant(session.doc, { id: `kommune-${municipality.id}`, name: municipality.name, municipalityId: municipality.id, isCommon: false });
    }, localOrigin);
    announce(t('diagram.variant.member-added', { names: missing.map((municipality) => municipality.name).join(', ') }));
  }, [isProcess, connection.everSynced, readOnly, variants, municipalities, session.doc, t, announce]);

  const commands: EditorCommands = useMemo(() => {
    const nodeDefaults = (type: DiagramNode['type'], after?: DiagramNode): DiagramNode['data'] => {
      const place = after && (after.type === 'prosessteg' || after.type === 'avklaringspunkt') ? { phase: after.data.phase, lane: after.data.lane } : null;
      switch (type) {
        case 'aktor':
          return { name: t('diagram.defaults.actor'), category: 'eksternt', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' };
        case 'prosessteg':
          return {
            title: t('diagram.defaults.step'),
            phase: place?.phase ?? 'forarbeid',
            lane: place?.lane ?? '',
            legalRef: '',
            deadline: '',
            description: '',
          };
        case 'avklaringspunkt':
          return { question: t('diagram.defaults.decision'), decidedBy: '', phase: place?.phase ?? 'oppstart', lane: place?.lane ?? '', note: '' };
        case 'fritekst':
          return { text: '' };
        case 'gruppe':
          return { label: t('diagram.defaults.group') };
        case 'mappe':
          return { name: t('diagram.defaults.folder'), kind: 'mappe', owner: '', note: '' };
        case 'dokument':
          return { name: t('diagram.defaults.document'), owner: '', status: '', link: '', note: '' };
      }
    };
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
        const data = { ...nodeDefaults(type, options.after), ...options.data } as DiagramNode['data'];
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
      layout(full = false) {
        if (readOnly || layoutRunning) return;
        setLayoutRunning(true);
        announce(t('diagram.layout.running'));
        arrangeDiagram(elkEngine(), { diagramType: snapshot.diagramType, nodes, edges, sizes: sizes.current, full })
          .then((changes) => {
            applyLayout(session.doc, changes);
            announce(t('diagram.layout.done', { count: changes.positions.size }));
            // After React has drawn the new positions.
            setTimeout(() => void flow.fitView({ padding: 0.15, duration: 300, maxZoom: 1 }), 120);
          })
          .catch(() => announce(t('diagram.layout.failed')))
          .finally(() => setLayoutRunning(false));
      },
      announce,
    };
  }, [readOnly, t, isProcess, variantId, nodes, edges, snapshot, session, selection, flow, announce, select, layoutRunning]);

  // Any actor map or digital structure opens with no two nodes on top of each other: once its nodes
  // are measured, one whose labels need more room than it has (an old board, an import, a long
  // name, another font) is arranged once, keeping what people placed by hand.
  const measuredCount = useStore(countMeasured);
  const overlapChecked = useRef(false);
  useEffect(() => {
    if (overlapChecked.current || !connection.everSynced || readOnly || view !== 'diagram') return;
    // (A plan process keeps its phases and lanes as drawn; its layout is a deliberate act.)
    if (snapshot.diagramType === 'planprosess' || nodes.length === 0 || measuredCount < nodes.length) return;
    // The editor's nodes are built from the document, so the sizes live in React Flow's internal nodes.
    const measured = new Map(
      nodes.flatMap((node) => {
        const size = flow.getInternalNode(node.id)?.measured;
        return size?.width && size.height ? [[node.id, { width: size.width, height: size.height }] as const] : [];
      }),
    );
    if (nodes.some((node) => !measured.has(node.id))) return;
    overlapChecked.current = true;
    if (overlappingNodes(nodes, measured).length > 0) commands.layout();
  }, [measuredCount, connection.everSynced, readOnly, view, snapshot.diagramType, nodes, flow, commands]);

  const listItems = () => nodes.filter((node) => node.type !== 'gruppe').map((node) => ({ id: node.id, label: nodeTitle(node, t) }));

  const root = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Shortcuts work inside the editor, and on the page body (where focus lands when a focused node is deleted).
    if (target !== document.body && !root.current?.contains(target)) return;
    if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (mod && key === 'z' && !event.shiftKey) return run(commands.undo);
    if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) return run(commands.redo);
    if (view !== 'diagram') return;
    if (mod && key === 'c') return run(commands.copy);
    if (mod && key === 'x') {
      return run(() => {
        commands.copy();
        commands.deleteSelection();
      });
    }
    if (mod && key === 'v') return run(commands.paste);
    if (mod && key === 'd') return run(commands.duplicate);
    if (mod && key === 'a') return run(commands.selectAll);
    if (mod && key === 'g') return run(commands.group);
    if (key === 'escape' && (selection.nodes.size > 0 || selection.edges.size > 0)) return run(() => setSelection(emptySelection));
  };

  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => keyHandler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const hasSelection = selection.nodes.size > 0 || selection.edges.size > 0;
  return (
    <div className={screen ? 'diagram-editor diagram-editor--screen' : 'diagram-editor'} ref={root}>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      <ConnectionNotice connection={connection} />
      {/* Closed for good (access gone, session ended): waiting cannot send them, so nothing is held back. */}
      <UnsentChangesGuard unsent={connection.unsent && connection.status !== 'closed'} />
      {screen ? null : (
        <>
          <WorkspaceSlot name="status">
            <DiagramStatus connection={connection} />
          </WorkspaceSlot>
          <WorkspaceSlot name="presence">
            <PresenceList presence={presence} />
          </WorkspaceSlot>
          <WorkspaceSlot name="actions">
            <DiagramFileActions
              session={session}
              board={board}
              diagramType={snapshot.diagramType}
              view={view}
              onView={setView}
              readOnly={readOnly}
              announce={announce}
            />
          </WorkspaceSlot>
          <div className="diagram-floating-top">
            <DiagramToolbar
              session={session}
              diagramType={snapshot.diagramType}
              view={view}
              onView={setView}
              readOnly={readOnly}
              commands={commands}
              layoutRunning={layoutRunning}
              hasSelection={selection.nodes.size > 0}
              keysOpen={keysOpen}
              onKeys={setKeysOpen}
            />
            {isProcess ? (
              <VariantBar
                session={session}
                variants={variants}
                variantId={variantId}
                onVariant={setChosenVariant}
                municipalities={municipalities}
                nodes={snapshot.nodes}
                edges={snapshot.edges}
                readOnly={readOnly}
                announce={announce}
              />
            ) : null}
          </div>
        </>
      )}
      {extras?.({
        doc: session.doc,
        diagramType: snapshot.diagramType,
        nodes,
        listItems,
        stage: root,
        canWrite: !readOnly,
        screen,
        showDiagram: () => setView('diagram'),
        selectedNodeId: () => (selection.nodes.size === 1 ? [...selection.nodes][0]! : null),
        captureImage: () => renderDiagramImage(flow, 'jpeg', snapshot.diagramType),
      })}
      {!connection.everSynced ? (
        <LoadingState text={t('diagram.loading')} />
      ) : view === 'diagram' ? (
        <div className="diagram-workspace">
          <DiagramCanvas
            session={session}
            diagramType={snapshot.diagramType}
            nodes={nodes}
            edges={edges}
            selection={selection}
            onSelectionChange={setSelection}
            readOnly={readOnly}
            presence={presence}
            sizes={sizes}
            variantId={variantId}
          />
          {screen ? null : keysOpen ? (
            <KeyboardHelp onClose={() => setKeysOpen(false)} />
          ) : hasSelection && panelHidden ? (
            <button type="button" className="button button--secondary diagram-panel-show" onClick={() => setPanelHidden(false)}>
              {t('workspace.panel.show')}
            </button>
          ) : hasSelection ? (
            <SidePanel
              session={session}
              nodes={nodes}
              edges={edges}
              selection={selection}
              readOnly={readOnly}
              lanes={lanes}
              commands={commands}
              focusNodeId={focusNodeId}
              onHide={() => setPanelHidden(true)}
            />
          ) : null}
        </div>
      ) : (
        <div className="diagram-document-view">
          {view === 'table' ? (
            <TableView session={session} diagramType={snapshot.diagramType} nodes={nodes} edges={edges} readOnly={readOnly} lanes={lanes} commands={commands} />
          ) : view === 'grid' ? (
            <GridView session={session} nodes={nodes} readOnly={readOnly} announce={announce} />
          ) : view === 'compare' ? (
            <CompareView session={session} snapshot={snapshot} variantId={variantId} readOnly={readOnly} announce={announce} onVariant={setChosenVariant} />
          ) : (
            <HistoryView board={board} variantId={variantId} readOnly={readOnly} announce={announce} />
          )}
        </div>
      )}
    </div>
  );
}

/** The folder a new folder or document goes into: the selected folder, the selected document's folder, or the top folder. */
function folderFor(nodes: DiagramNode[], edges: DiagramEdge[], selected: Set<string>): DiagramNode | undefined {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const tree = structureTree(nodes, edges);
  for (const id of selected) {
    const node = byId.get(id);
    if (node?.type === 'mappe') return node;
    const parent = node?.type === 'dokument' ? tree.parent.get(id) : undefined;
    if (parent) return byId.get(parent);
  }
  const root = tree.roots.map((id) => byId.get(id)).find((node) => node?.type === 'mappe');
  return root;
}

/** How many nodes React Flow has measured (drawn at least once). */
function countMeasured(state: ReactFlowState): number {
  let count = 0;
  for (const node of state.nodeLookup.values()) if (node.measured.width && node.measured.height) count += 1;
  return count;
}
