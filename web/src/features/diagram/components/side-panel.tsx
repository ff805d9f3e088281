import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { actorRelations, processEdgeTypes, type ActorRelation } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import { patchEdge, patchNodeData, reverseEdge } from '../model/diagram-actions';
import { edgeLabel, nodeTitle } from '../model/labels';
import { panelNodeId } from '../model/panel-node';
import type { Selection } from '../model/selection';
import type { DiagramSession } from '../sync/use-diagram-session';
import type { EditorCommands } from './editor-commands';
import { DraftText, NodeFields, SelectField } from './node-fields';
import { usePanelEscape } from './use-panel-escape';

const norwegianOrder = new Intl.Collator('nb');

export interface SidePanelProps {
  session: DiagramSession;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  selection: Selection;
  readOnly: boolean;
  lanes: string[];
  commands: EditorCommands;
  /** A node that was just created: its first field takes focus. */
  focusNodeId: string | null;
  /** A node the keyboard came from with P: the panel takes the focus once it shows that node. */
  panelFocusId: string | null;
  /** Hides the panel (it comes back with "Vis panelet"). */
  onHide: () => void;
}

/** The edge types that fit between two nodes: relations between actors, process links otherwise. */
export function edgeChoices(source: DiagramNode | undefined, target: DiagramNode | undefined): 'relation' | 'process' {
  return source?.type === 'aktor' && target?.type === 'aktor' ? 'relation' : 'process';
}

/**
 * Edits the selection with ordinary form controls: every field of a node or edge, connections to
 * other nodes (the keyboard way to connect), and the actions on several selected nodes.
 */
export function SidePanel({ session, nodes, edges, selection, readOnly, lanes, commands, focusNodeId, panelFocusId, onHide }: SidePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const selectedNodes = [...selection.nodes].map((id) => byId.get(id)).filter((node): node is DiagramNode => !!node);
  const selectedEdges = [...selection.edges].map((id) => edges.find((edge) => edge.id === id)).filter((edge): edge is DiagramEdge => !!edge);
  const count = selectedNodes.length + selectedEdges.length;
  const onlyNodeId = selectedNodes.length === 1 && selectedEdges.length === 0 ? selectedNodes[0]!.id : null;
  const onKeyDown = usePanelEscape(panelNodeId(selection, edges));

  // Come with P from the node shown: its first field (or, with none to edit, the heading) takes the focus.
  useEffect(() => {
    if (!panelFocusId || panelFocusId !== onlyNodeId) return;
    const first = panel.current?.querySelector<HTMLElement>('.diagram-panel__form :is(input, select, textarea):not(:disabled)');
    (first ?? panel.current?.querySelector<HTMLElement>('.diagram-panel__heading'))?.focus();
  }, [panelFocusId, onlyNodeId]);

  let content;
  if (count === 0) {
    return null;
  } else if (selectedNodes.length === 1 && selectedEdges.length === 0) {
    const node = selectedNodes[0]!;
    content = (
      <>
        <h2 id={headingId} className="diagram-panel__heading" tabIndex={-1}>
          {t('diagram.panel.node-heading', { kind: t(`diagram.node-type.${node.type}`).toLocaleLowerCase('nb') })}
        </h2>
        {readOnly ? (
          <p>{nodeTitle(node, t)}</p>
        ) : (
          <form className="diagram-panel__form" onSubmit={(event) => event.preventDefault()} key={node.id}>
            <NodeFields node={node} lanes={lanes} onPatch={(patch) => patchNodeData(session.doc, node.id, patch)} autoFocus={focusNodeId === node.id} />
          </form>
        )}
        <NodeConnections node={node} nodes={nodes} edges={edges} readOnly={readOnly} commands={commands} />
        {readOnly ? null : (
          <div className="diagram-panel__actions">
            {node.type === 'prosessteg' || node.type === 'avklaringspunkt' ? (
              <Button onClick={() => commands.createNode('prosessteg', { after: node })}>{t('diagram.panel.step-after')}</Button>
            ) : null}
            <Button onClick={commands.duplicate}>{t('diagram.actions.duplicate')}</Button>
            {node.parentId ? <Button onClick={() => commands.leaveGroup(node.id)}>{t('diagram.panel.leave-group')}</Button> : null}
            {node.type === 'gruppe' ? <Button onClick={() => commands.ungroup(node.id)}>{t('diagram.panel.ungroup')}</Button> : null}
            <Button variant="danger" onClick={commands.deleteSelection}>
              {t('diagram.actions.delete-named', { name: nodeTitle(node, t) })}
            </Button>
          </div>
        )}
      </>
    );
  } else if (selectedEdges.length === 1 && selectedNodes.length === 0) {
    const edge = selectedEdges[0]!;
    content = (
      <>
        <h2 id={headingId} className="diagram-panel__heading">
          {t('diagram.panel.edge-heading')}
        </h2>
        <EdgeFields session={session} edge={edge} byId={byId} readOnly={readOnly} />
        {readOnly ? null : (
          <div className="diagram-panel__actions">
            <Button onClick={() => reverseEdge(session.doc, edge.id)}>{t('diagram.panel.reverse')}</Button>
            <Button variant="danger" onClick={commands.deleteSelection}>
              {t('diagram.panel.delete-edge')}
            </Button>
          </div>
        )}
      </>
    );
  } else {
    content = (
      <>
        <h2 id={headingId} className="diagram-panel__heading">
          {t('diagram.panel.many-heading', { count })}
        </h2>
        <ul className="diagram-panel__list">
          {selectedNodes.map((node) => (
            <li key={node.id}>
              {t(`diagram.node-type.${node.type}`)}: {nodeTitle(node, t)}
            </li>
          ))}
          {selectedEdges.map((edge) => (
            <li key={edge.id}>{t('diagram.panel.edge-item', { label: edgeLabel(edge, t) })}</li>
          ))}
        </ul>
        {readOnly ? null : (
          <div className="diagram-panel__actions">
            {selectedNodes.length > 1 ? <Button onClick={commands.group}>{t('diagram.actions.group')}</Button> : null}
            <Button onClick={commands.duplicate}>{t('diagram.actions.duplicate')}</Button>
            <Button variant="danger" onClick={commands.deleteSelection}>
              {t('diagram.actions.delete-selected', { count })}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <aside className="diagram-panel" aria-labelledby={headingId} data-workspace-overlay="" ref={panel} onKeyDown={onKeyDown}>
      <button type="button" className="button button--quiet diagram-panel__hide" onClick={onHide}>
        {t('workspace.panel.hide')}
      </button>
      {content}
    </aside>
  );
}

/** The diagram's keys, shown on demand from the toolbar's "Mer" menu. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <aside className="diagram-panel diagram-panel--keys" aria-labelledby={headingId} data-workspace-overlay="">
      <button type="button" className="button button--quiet diagram-panel__hide" onClick={onClose}>
        {t('workspace.diagram.keys-close')}
      </button>
      <h2 id={headingId} className="diagram-panel__heading">
        {t('diagram.panel.keys-heading')}
      </h2>
      <dl className="diagram-keys">
        {(['tab', 'links', 'enter', 'panel', 'arrows', 'delete', 'copy', 'undo', 'select-all', 'show-all'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`diagram.keys.${key}.key`)}</dt>
            <dd>{t(`diagram.keys.${key}.text`)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

function EdgeFields({ session, edge, byId, readOnly }: { session: DiagramSession; edge: DiagramEdge; byId: Map<string, DiagramNode>; readOnly: boolean }) {
  const { t } = useTranslation();
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  const kind = edgeChoices(source, target);
  return (
    <>
      <p>{t('diagram.panel.edge-ends', { source: source ? nodeTitle(source, t) : '?', target: target ? nodeTitle(target, t) : '?' })}</p>
      {readOnly ? (
        <p>{edgeLabel(edge, t)}</p>
      ) : (
        <form className="diagram-panel__form" onSubmit={(event) => event.preventDefault()} key={edge.id}>
          {kind === 'relation' ? (
            <SelectField
              label={t('diagram.field.relation')}
              value={edge.data.relation ?? 'samarbeider-med'}
              options={actorRelations.map((relation) => ({ value: relation, label: t(`diagram.relation.${relation}`) }))}
              onChange={(relation) => patchEdge(session.doc, edge.id, { type: 'relasjon', data: { relation } })}
            />
          ) : edge.type === 'inneholder' ? null : (
            <SelectField
              label={t('diagram.field.edge-type')}
              value={edge.type === 'relasjon' ? 'sekvens' : edge.type}
              options={processEdgeTypes.map((type) => ({ value: type, label: t(`diagram.edge-type.${type}`) }))}
              onChange={(type) => patchEdge(session.doc, edge.id, { type })}
            />
          )}
          <DraftText
            label={t('diagram.field.edge-label')}
            hint={t('diagram.field.edge-label-hint')}
            value={edge.data.label}
            onCommit={(label) => patchEdge(session.doc, edge.id, { data: { label } })}
          />
        </form>
      )}
    </>
  );
}

function NodeConnections({
  node,
  nodes,
  edges,
  readOnly,
  commands,
}: {
  node: DiagramNode;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  readOnly: boolean;
  commands: EditorCommands;
}) {
  const { t } = useTranslation();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const own = edges.filter((edge) => edge.source === node.id || edge.target === node.id);
  // Sorted once per change, with one collator (localeCompare with a locale makes one per comparison).
  const candidates = useMemo(() => {
    const titled = nodes.filter((other) => other.id !== node.id && other.type !== 'gruppe').map((other) => ({ other, title: nodeTitle(other, t) }));
    return titled.sort((a, b) => norwegianOrder.compare(a.title, b.title)).map(({ other }) => other);
  }, [nodes, node.id, t]);
  const [targetId, setTargetId] = useState('');
  const target = byId.get(targetId);
  const kind = edgeChoices(node, target);
  const [relation, setRelation] = useState<ActorRelation>('samarbeider-med');
  const [processType, setProcessType] = useState<(typeof processEdgeTypes)[number]>('sekvens');
  const targetSelectId = useId();

  return (
    <section className="diagram-panel__section" aria-label={t('diagram.panel.connections')}>
      <h3 className="diagram-panel__subheading">{t('diagram.panel.connections')}</h3>
      {own.length === 0 ? (
        <p className="muted">{t('diagram.panel.no-connections')}</p>
      ) : (
        <ul className="diagram-panel__list">
          {own.map((edge) => {
            const other = byId.get(edge.source === node.id ? edge.target : edge.source);
            const text =
              edge.source === node.id
                ? t('diagram.panel.connection-out', { label: edgeLabel(edge, t), other: other ? nodeTitle(other, t) : '?' })
                : t('diagram.panel.connection-in', { label: edgeLabel(edge, t), other: other ? nodeTitle(other, t) : '?' });
            return (
              <li key={edge.id} className="diagram-panel__connection">
                <span>{text}</span>
                <Button
                  variant="quiet"
                  onClick={() => commands.select({ nodes: new Set(), edges: new Set([edge.id]) })}
                  aria-label={t('diagram.panel.edit-connection', { text })}
                >
                  {t('diagram.actions.edit')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {readOnly || candidates.length === 0 ? null : (
        <form
          className="diagram-panel__form diagram-connect"
          onSubmit={(event) => {
            event.preventDefault();
            if (!target) return;
            commands.connect(node.id, target.id, kind === 'relation' ? 'relasjon' : processType, kind === 'relation' ? relation : undefined);
            setTargetId('');
            document.getElementById(targetSelectId)?.focus();
          }}
        >
          <h4 className="diagram-panel__subheading">{t('diagram.panel.connect-heading')}</h4>
          <div className="field">
            <label htmlFor={targetSelectId} className="field__label">
              {t('diagram.panel.connect-to')}
            </label>
            <select id={targetSelectId} className="field__input" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
              <option value="">{t('diagram.panel.connect-choose')}</option>
              {candidates.map((other) => (
                <option key={other.id} value={other.id}>
                  {t(`diagram.node-type.${other.type}`)}: {nodeTitle(other, t)}
                </option>
              ))}
            </select>
          </div>
          {kind === 'relation' ? (
            <SelectField
              label={t('diagram.field.relation')}
              value={relation}
              options={actorRelations.map((value) => ({ value, label: t(`diagram.relation.${value}`) }))}
              onChange={setRelation}
            />
          ) : (
            <SelectField
              label={t('diagram.field.edge-type')}
              value={processType}
              options={processEdgeTypes.map((value) => ({ value, label: t(`diagram.edge-type.${value}`) }))}
              onChange={setProcessType}
            />
          )}
          <Button type="submit" variant="primary" disabled={!target}>
            {t('diagram.panel.connect-submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
