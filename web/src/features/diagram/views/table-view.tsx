import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { planPhases, type DiagramType } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import type { EditorCommands } from '../components/editor-commands';
import { hasRequiredText } from '../components/node-fields';
import { edgeChoices } from '../components/side-panel';
import { deleteElements, patchEdge, patchNodeData } from '../model/diagram-actions';
import { edgeLabel, nodeTitle } from '../model/labels';
import { isStructureNode, structureTree } from '../../../../../shared/diagram/structure-tree';
import type { DiagramSession } from '../sync/use-diagram-session';
import { DiagramTable } from './table/diagram-table';
import { EdgeDialog } from './table/edge-dialog';
import { NodeDialog } from './table/node-dialog';
import { RowActions } from './table/row-actions';
import type { TableEditing } from './table/table-editing';

interface TableViewProps {
  session: DiagramSession;
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  readOnly: boolean;
  lanes: string[];
  commands: EditorCommands;
}

type Actor = Extract<DiagramNode, { type: 'aktor' }>;
type Step = Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }>;
interface StructureRow {
  node: Extract<DiagramNode, { type: 'mappe' | 'dokument' }>;
  depth: number;
  parent: DiagramNode | undefined;
}

const phaseRank = (node: DiagramNode) => ('phase' in node.data ? planPhases.indexOf(node.data.phase) : -1);

const emptyData: Record<DiagramNode['type'], DiagramNode['data']> = {
  aktor: { name: '', category: 'eksternt', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
  prosessteg: { title: '', phase: 'forarbeid', lane: '', legalRef: '', deadline: '', description: '' },
  avklaringspunkt: { question: '', decidedBy: '', phase: 'oppstart', lane: '', note: '' },
  fritekst: { text: '' },
  gruppe: { label: '' },
  mappe: { name: '', kind: 'mappe', owner: '', note: '' },
  dokument: { name: '', owner: '', status: '', link: '', note: '' },
};

/**
 * The accessible way to every diagram: tables of the nodes and connections with add, edit and
 * delete, all with keyboard and screen reader. Changes go to the same live document as the
 * diagram, so each view shows the other's changes at once.
 */
export function TableView({ session, diagramType, nodes, edges, readOnly, lanes, commands }: TableViewProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TableEditing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const actors = nodes.filter((node): node is Actor => node.type === 'aktor').sort((a, b) => a.data.name.localeCompare(b.data.name, 'nb'));
  const steps = nodes
    .filter((node): node is Step => node.type === 'prosessteg' || node.type === 'avklaringspunkt')
    .sort((a, b) => phaseRank(a) - phaseRank(b) || a.position.x - b.position.x || a.position.y - b.position.y);
  const others = nodes.filter((node) => node.type === 'fritekst' || node.type === 'gruppe');
  // A digital structure in the tree's order (depth first), each row knowing its depth and folder.
  const tree = structureTree(nodes, edges);
  const structureRows: StructureRow[] = [];
  const walk = (id: string, depth: number) => {
    const node = byId.get(id);
    if (!node || !isStructureNode(node) || structureRows.length > nodes.length) return;
    structureRows.push({ node, depth, parent: byId.get(tree.parent.get(id) ?? '') });
    for (const child of tree.children.get(id) ?? []) walk(child, depth + 1);
  };
  tree.roots.forEach((root) => walk(root, 0));
  const titleOf = (node: DiagramNode | undefined) => (node ? nodeTitle(node, t) : '?');

  const edit = (next: TableEditing) => {
    setError(null);
    setEditing(next);
  };
  const startAdd = (type: DiagramNode['type']) =>
    edit({ mode: 'add-node', draft: { id: 'new', type, position: { x: 0, y: 0 }, data: emptyData[type] } as DiagramNode });

  const saveNode = (event: FormEvent) => {
    event.preventDefault();
    if (!editing || (editing.mode !== 'add-node' && editing.mode !== 'edit-node')) return;
    if (!hasRequiredText(editing.draft)) {
      setError(t('diagram.table.required'));
      return;
    }
    if (editing.mode === 'add-node') {
      commands.createNode(editing.draft.type, { data: editing.draft.data, select: false });
    } else {
      patchNodeData(session.doc, editing.draft.id, editing.draft.data as Record<string, unknown>);
      commands.announce(t('diagram.announce.saved', { title: nodeTitle(editing.draft, t) }));
    }
    setEditing(null);
  };

  const saveEdge = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (editing.mode === 'add-edge') {
      if (!editing.source || !editing.target || editing.source === editing.target) {
        setError(t('diagram.table.edge-ends'));
        return;
      }
      const kind = edgeChoices(byId.get(editing.source), byId.get(editing.target));
      commands.connect(
        editing.source,
        editing.target,
        kind === 'relation' ? 'relasjon' : editing.type === 'relasjon' ? 'sekvens' : editing.type,
        editing.relation,
      );
    } else if (editing.mode === 'edit-edge') {
      const { edge } = editing;
      patchEdge(session.doc, edge.id, { type: edge.type, data: { relation: edge.data.relation, label: edge.data.label } });
      commands.announce(t('diagram.announce.saved-edge'));
    }
    setEditing(null);
  };

  const remove = (node: DiagramNode) => {
    deleteElements(session.doc, nodes, [node.id]);
    commands.announce(t('diagram.announce.deleted-named', { title: nodeTitle(node, t) }));
  };

  const nodeActions = (node: DiagramNode) => (
    <RowActions name={nodeTitle(node, t)} onEdit={() => edit({ mode: 'edit-node', draft: node })} onDelete={() => remove(node)} />
  );
  const edgeName = (edge: DiagramEdge) =>
    t('diagram.edge.aria', { source: titleOf(byId.get(edge.source)), label: edgeLabel(edge, t), target: titleOf(byId.get(edge.target)) });
  const edgeActions = (edge: DiagramEdge) => (
    <RowActions
      name={edgeName(edge)}
      onEdit={() => edit({ mode: 'edit-edge', edge })}
      onDelete={() => {
        deleteElements(session.doc, nodes, [], [edge.id]);
        commands.announce(t('diagram.announce.deleted-named', { title: edgeName(edge) }));
      }}
    />
  );

  const nodeEditing = editing && (editing.mode === 'add-node' || editing.mode === 'edit-node') ? editing : null;
  const edgeEditing = editing && (editing.mode === 'add-edge' || editing.mode === 'edit-edge') ? editing : null;
  const endOptions = nodes
    .filter((node) => node.type !== 'gruppe')
    .map((node) => ({ value: node.id, label: `${t(`diagram.node-type.${node.type}`)}: ${nodeTitle(node, t)}` }));
  const addButtons = (...types: Array<[DiagramNode['type'], string]>) =>
    readOnly ? null : (
      <span className="diagram-table__add">
        {types.map(([type, label]) => (
          <Button key={type} onClick={() => startAdd(type)}>
            {label}
          </Button>
        ))}
      </span>
    );

  return (
    <div className="diagram-table-view">
      {diagramType === 'aktorkart' || actors.length > 0 ? (
        <DiagramTable<Actor>
          headingId="diagram-actors-heading"
          heading={t('diagram.table.actors')}
          add={readOnly ? null : <Button onClick={() => startAdd('aktor')}>{t('diagram.table.add-actor')}</Button>}
          empty={t('diagram.table.no-actors')}
          caption={t('diagram.table.actors-caption', { count: actors.length })}
          rows={actors}
          rowKey={(actor) => actor.id}
          actions={readOnly ? undefined : nodeActions}
          columns={[
            { header: t('diagram.field.name'), cell: (actor) => actor.data.name, rowHeader: true },
            { header: t('diagram.field.category'), cell: (actor) => t(`diagram.category.${actor.data.category}`) },
            { header: t('diagram.field.role'), cell: (actor) => actor.data.role },
            { header: t('diagram.field.interest'), cell: (actor) => actor.data.interest },
            { header: t('diagram.field.influence'), cell: (actor) => actor.data.influence },
            { header: t('diagram.field.phases'), cell: (actor) => actor.data.phases.map((phase) => t(`diagram.phase.${phase}`)).join(', ') },
            { header: t('diagram.field.contact'), cell: (actor) => actor.data.contact },
          ]}
        />
      ) : null}

      {diagramType === 'struktur' || structureRows.length > 0 ? (
        <DiagramTable<StructureRow>
          headingId="diagram-structure-heading"
          heading={t('diagram.table.structure')}
          add={addButtons(['mappe', t('diagram.table.add-folder')], ['dokument', t('diagram.table.add-document')])}
          empty={t('diagram.table.no-structure')}
          caption={t('diagram.table.structure-caption', { count: structureRows.length })}
          rows={structureRows}
          rowKey={(row) => row.node.id}
          actions={readOnly ? undefined : (row) => nodeActions(row.node)}
          columns={[
            {
              header: t('diagram.field.name'),
              cell: ({ node }) => node.data.name,
              rowHeader: true,
              style: ({ depth }) => ({ paddingLeft: `${0.5 + depth * 1.25}rem` }),
            },
            {
              header: t('diagram.table.kind'),
              cell: ({ node }) => (node.type === 'mappe' ? t(`diagram.folder-kind.${node.data.kind}`) : t('diagram.node-type.dokument')),
            },
            { header: t('diagram.field.parent'), cell: ({ parent }) => (parent ? nodeTitle(parent, t) : t('diagram.field.parent-none')) },
            { header: t('diagram.field.owner'), cell: ({ node }) => node.data.owner },
            {
              header: t('diagram.field.status'),
              cell: ({ node }) => (node.type === 'dokument' && node.data.status ? t(`diagram.plan-status.${node.data.status}`) : ''),
            },
            {
              header: t('diagram.field.link'),
              cell: ({ node }) =>
                node.type === 'dokument' && node.data.link ? (
                  <a href={node.data.link} target="_blank" rel="noreferrer noopener">
                    {t('diagram.node.open-link', { title: node.data.name })}
                  </a>
                ) : null,
            },
          ]}
        />
      ) : null}

      {diagramType === 'planprosess' || steps.length > 0 ? (
        <DiagramTable<Step>
          headingId="diagram-steps-heading"
          heading={t('diagram.table.steps')}
          add={addButtons(['prosessteg', t('diagram.table.add-step')], ['avklaringspunkt', t('diagram.table.add-decision')])}
          empty={t('diagram.table.no-steps')}
          caption={t('diagram.table.steps-caption', { count: steps.length })}
          rows={steps}
          rowKey={(step) => step.id}
          actions={readOnly ? undefined : nodeActions}
          columns={[
            { header: t('diagram.table.step'), cell: (step) => nodeTitle(step, t), rowHeader: true },
            { header: t('diagram.table.kind'), cell: (step) => t(`diagram.node-type.${step.type}`) },
            { header: t('diagram.field.phase'), cell: (step) => t(`diagram.phase.${step.data.phase}`) },
            { header: t('diagram.field.lane'), cell: (step) => step.data.lane },
            { header: t('diagram.field.legal-ref'), cell: (step) => (step.type === 'prosessteg' ? step.data.legalRef : '') },
            { header: t('diagram.table.deadline-or-decider'), cell: (step) => (step.type === 'prosessteg' ? step.data.deadline : step.data.decidedBy) },
            {
              header: t('diagram.table.next'),
              cell: (step) =>
                edges
                  .filter((edge) => edge.source === step.id)
                  .map((edge) => `${edgeLabel(edge, t)}: ${titleOf(byId.get(edge.target))}`)
                  .join('; '),
            },
          ]}
        />
      ) : null}

      {diagramType === 'struktur' ? null : (
        <DiagramTable<DiagramEdge>
          headingId="diagram-edges-heading"
          heading={t('diagram.table.edges')}
          add={
            readOnly || endOptions.length < 2 ? null : (
              <Button
                onClick={() =>
                  edit({
                    mode: 'add-edge',
                    source: '',
                    target: '',
                    type: diagramType === 'aktorkart' ? 'relasjon' : 'sekvens',
                    relation: 'samarbeider-med',
                    label: '',
                  })
                }
              >
                {t('diagram.table.add-edge')}
              </Button>
            )
          }
          empty={t('diagram.table.no-edges')}
          caption={t('diagram.table.edges-caption', { count: edges.length })}
          rows={edges}
          rowKey={(edge) => edge.id}
          actions={readOnly ? undefined : edgeActions}
          columns={[
            { header: t('diagram.table.from'), cell: (edge) => titleOf(byId.get(edge.source)) },
            { header: t('diagram.table.connection'), cell: (edge) => edgeLabel(edge, t), rowHeader: true },
            { header: t('diagram.table.to'), cell: (edge) => titleOf(byId.get(edge.target)) },
          ]}
        />
      )}

      {others.length > 0 ? (
        <section className="diagram-table-section" aria-labelledby="diagram-others-heading">
          <h2 id="diagram-others-heading">{t('diagram.table.others')}</h2>
          <ul className="diagram-table__list">
            {others.map((node) => (
              <li key={node.id}>
                <span>
                  {t(`diagram.node-type.${node.type}`)}: {nodeTitle(node, t)}
                </span>
                {readOnly ? null : <span className="diagram-table__actions">{nodeActions(node)}</span>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <NodeDialog editing={nodeEditing} error={error} lanes={lanes} onChange={setEditing} onSubmit={saveNode} onClose={() => setEditing(null)} />
      <EdgeDialog
        editing={edgeEditing}
        error={error}
        byId={byId}
        endOptions={endOptions}
        onChange={setEditing}
        onSubmit={saveEdge}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
