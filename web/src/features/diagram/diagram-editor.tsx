import { ReactFlowProvider, useReactFlow, type Rect } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import '../../lib/diagram-texts';
import { Suspense, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DiagramEdge, DiagramNode } from '../../../../shared/diagram/diagram-document';
import type { DiagramType } from '../../../../shared/diagram/vocabulary';
import type { Board } from '../../../../shared/schemas/board';
import { Button } from '../../components/ui/button';
import { LoadingState } from '../../components/ui/loading-state';
import { UnsentChangesGuard } from '../../components/workspace/unsent-changes-guard';
import { WorkspaceSlot } from '../../components/workspace/workspace-slots';
import { preloadableLazy } from '../../lib/preloadable-lazy';
import { usePresentedArea } from '../../lib/presented-area';
import { CanvasAside } from './components/canvas-aside';
import { withLabels } from './components/canvas/opening-view';
import { ConnectionNotice, DiagramStatus } from './components/connection-notice';
import { DiagramCanvas } from './components/diagram-canvas';
import type { FlowEdge } from './components/diagram-edges';
import type { FlowNode } from './components/diagram-nodes';
import { DiagramFileActions, DiagramToolbar, type DiagramView } from './components/diagram-toolbar';
import { PresenceList } from './components/presence-list';
import { useAccessRefresh } from './editor/use-access-refresh';
import { useAnnouncer } from '../../lib/use-announcer';
import { AnnouncementRegions } from '../../components/ui/announcement-regions';
import { useDiagramLayout } from './editor/use-diagram-layout';
import { useDiagramSelection } from './editor/use-diagram-selection';
import { useEditorCommands } from './editor/use-editor-commands';
import { useEditorShortcuts } from './editor/use-editor-shortcuts';
import { useLaneNames } from './editor/use-lane-names';
import { useLocalPresence } from './editor/use-local-presence';
import { useFocusForAFrame } from './editor/use-focus-for-a-frame';
import { useCloseOpeningNotice, useOpeningNotice } from './editor/use-opening-notice';
import { usePanelFocus } from './editor/use-panel-focus';
import { useProcessVariants } from './editor/use-process-variants';
import { useShownDiagram } from './editor/use-shown-diagram';
import { renderDiagramImage } from './export/export-image';
import { nodeTitle } from './model/labels';
import type { Municipality } from './model/municipality';
import { useConnection, useDiagramSession, useDiagramSnapshot, usePresence, type DiagramSession } from './sync/use-diagram-session';
import { VariantBar } from './views/variant-bar';

export type { Municipality } from './model/municipality';

// The table, grid, comparison and history: loaded once the drawing is there, not before it.
const DocumentView = preloadableLazy(() => import('./views/document-view'));

/** What the board page gets to mount in the diagram (meeting tools, presenting); rendered inside React Flow's provider. */
export interface DiagramExtrasContext {
  doc: Y.Doc;
  diagramType: DiagramType;
  /** The nodes on screen (for a plan process, the variant shown). */
  nodes: DiagramNode[];
  /** The edges between them. */
  edges: DiagramEdge[];
  /** The nodes people can vote on (not groups or free notes), with the titles the diagram shows. */
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
  /** Where the whole diagram is drawn, with a plan process's lane and phase names (null when empty). */
  wholeBounds: () => Rect | null;
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

/** The editor composed from its parts: what is shown, selection, variants, presence, layout, commands and shortcuts. */
function EditorBody({ board, access, municipalities, session, screen = false, extras }: DiagramEditorProps & { session: DiagramSession }) {
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const snapshot = useDiagramSnapshot(session);
  const connection = useConnection(session);
  const presence = usePresence(session);
  // The meeting-room screen shows the presenter's pointer only (nobody presenting, none), and not
  // what they select (outline and name tag).
  const presenterId = usePresentedArea()?.presenter.id ?? null;
  const drawnPresence = useMemo(
    () => (screen ? presence.filter((person) => person.user.id === presenterId).map((person) => ({ ...person, selection: [] })) : presence),
    [screen, presence, presenterId],
  );
  // The meeting-room screen shows the board without tools and never edits it.
  const viewOnly = access !== 'write' || connection.status === 'closed' || screen;
  // Nor can anything change the stored content drawn before the live document arrived: it is not the document.
  const readOnly = viewOnly || snapshot.stored;
  const [view, setView] = useState<DiagramView>('diagram');
  const [panelHidden, setPanelHidden] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  // On a narrow screen the toolbar (and the variant bar) fold behind one button, so the diagram shows.
  const [toolsOpen, setToolsOpen] = useState(false);
  const sizes = useRef(new Map<string, { width: number; height: number }>());
  const root = useRef<HTMLDivElement>(null);
  const everSynced = connection.everSynced;
  // The nodes first: the tools, the side panel and the meeting's parts come once the board is live
  // (or its connection failed), so they are drawn once, as they will be used. They come in a render
  // of their own at low priority, after the one that made the canvas editable, and give way to input.
  const toolsShown = useDeferredValue(!snapshot.stored || connection.status === 'offline' || connection.status === 'closed', false);
  const editingTools = toolsShown && !screen;
  useEffect(() => {
    if (editingTools) void DocumentView.preload().catch(() => {});
  }, [editingTools]);

  useAccessRefresh(session, board.id);
  const { regions, announce } = useAnnouncer();
  const { isProcess, variantId, chooseVariant, nodes, edges, visibleIds } = useShownDiagram(snapshot);
  const lanes = useLaneNames(snapshot.nodes);
  const variants = snapshot.variants;
  useProcessVariants({ session, isProcess, everSynced, readOnly, variants, municipalities, announce });
  const [selection, setSelection] = useDiagramSelection(visibleIds, edges);
  useLocalPresence(session, selection, view, variantId);
  const [focusNodeId, setFocusNodeId] = useFocusForAFrame();
  const { panelFocusId, goToPanel } = usePanelFocus({ setSelection, setPanelHidden, setKeysOpen });
  const diagramType = snapshot.diagramType;
  const { layout, layoutRunning } = useDiagramLayout({ session, diagramType, nodes, edges, sizes, readOnly, everSynced, view, announce });
  const commands = useEditorCommands({
    session,
    snapshot,
    nodes,
    edges,
    isProcess,
    variantId,
    readOnly,
    selection,
    setSelection,
    setFocusNodeId,
    sizes,
    layout,
    announce,
  });
  useEditorShortcuts({ root, commands, view, selection, setSelection });
  const onOpenedOnPart = useOpeningNotice(screen, commands.showAll);
  const closeOpeningNotice = useCloseOpeningNotice();

  // What a vote, a round or a decision can be about: the diagram's content, not its groups or its
  // free notes (remarks about the diagram, the templates' instructions among them).
  const listItems = () =>
    nodes.filter((node) => node.type !== 'gruppe' && node.type !== 'fritekst').map((node) => ({ id: node.id, label: nodeTitle(node, t) }));
  return (
    <div className={screen ? 'diagram-editor diagram-editor--screen' : 'diagram-editor'} ref={root}>
      <AnnouncementRegions regions={regions} />
      <ConnectionNotice connection={connection} />
      {/* Closed for good (access gone, session ended): waiting cannot send them, so nothing is held back. */}
      <UnsentChangesGuard unsent={connection.unsent && connection.status !== 'closed'} />
      {editingTools && (
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
              diagramType={diagramType}
              view={view}
              onView={setView}
              readOnly={readOnly}
              announce={announce}
              sizes={sizes}
            />
          </WorkspaceSlot>
          <div className={toolsOpen ? 'diagram-floating-top' : 'diagram-floating-top diagram-floating-top--folded'}>
            <Button className="diagram-tools-toggle" aria-expanded={toolsOpen} onClick={() => setToolsOpen((open) => !open)}>
              {t('diagram.toolbar.tools')}
              <span aria-hidden="true">{toolsOpen ? '▴' : '▾'}</span>
            </Button>
            <DiagramToolbar
              session={session}
              diagramType={diagramType}
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
                onVariant={chooseVariant}
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
      {toolsShown &&
        extras?.({
          doc: session.doc,
          diagramType,
          nodes,
          edges,
          listItems,
          stage: root,
          canWrite: !readOnly,
          screen,
          showDiagram: () => setView('diagram'),
          selectedNodeId: () => (selection.nodes.size === 1 ? [...selection.nodes][0]! : null),
          captureImage: () => renderDiagramImage(flow, 'jpeg', diagramType),
          wholeBounds: () => {
            const drawn = flow.getNodes();
            return drawn.length > 0 ? withLabels(diagramType, flow.getNodesBounds(drawn)) : null;
          },
        })}
      {!everSynced && !snapshot.stored ? (
        <LoadingState text={t('diagram.loading')} />
      ) : view === 'diagram' ? (
        <div className="diagram-workspace">
          <DiagramCanvas
            boardId={board.id}
            session={session}
            diagramType={diagramType}
            nodes={nodes}
            edges={edges}
            selection={selection}
            onSelectionChange={setSelection}
            readOnly={viewOnly}
            live={!snapshot.stored}
            presence={drawnPresence}
            sizes={sizes}
            variantId={variantId}
            onOpenedOnPart={onOpenedOnPart}
            onShowAll={closeOpeningNotice}
            announce={announce}
            onPanelKey={editingTools ? goToPanel : undefined}
          />
          {editingTools && (
            <CanvasAside
              session={session}
              nodes={nodes}
              edges={edges}
              selection={selection}
              readOnly={readOnly}
              lanes={lanes}
              commands={commands}
              focusNodeId={focusNodeId}
              panelFocusId={panelFocusId}
              keysOpen={keysOpen}
              onKeysOpen={setKeysOpen}
              panelHidden={panelHidden}
              onPanelHidden={setPanelHidden}
            />
          )}
        </div>
      ) : (
        <Suspense fallback={<LoadingState text={t('diagram.loading')} />}>
          <DocumentView
            view={view}
            board={board}
            session={session}
            snapshot={snapshot}
            nodes={nodes}
            edges={edges}
            variantId={variantId}
            readOnly={readOnly}
            lanes={lanes}
            commands={commands}
            announce={announce}
            onVariant={chooseVariant}
          />
        </Suspense>
      )}
    </div>
  );
}
