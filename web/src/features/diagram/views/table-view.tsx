import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { actorRelations, planPhases, processEdgeTypes, type ActorRelation, type DiagramType } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import type { EditorCommands } from '../components/editor-commands';
import { NodeFields, SelectField, DraftText, hasRequiredText } from '../components/node-fields';
import { edgeChoices } from '../components/side-panel';
import { deleteElements, patchEdge, patchNodeData } from '../model/diagram-actions';
import { edgeLabel, nodeTitle } from '../model/labels';
import { isStructureNode, structureTree } from '../../../../../shared/diagram/structure-tree';
import type { DiagramSession } from '../sync/use-diagram-session';

interface TableViewProps {
  session: DiagramSession;
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  readOnly: boolean;
  lanes: string[];
  commands: EditorCommands;
}

type Editing =
  | { mode: 'add-node'; draft: DiagramNode }
  | { mode: 'edit-node'; draft: DiagramNode }
  | { mode: 'add-edge'; source: string; target: string; type: DiagramEdge['type']; relation: ActorRelation; label: string }
  | { mode: 'edit-edge'; edge: DiagramEdge };

const phaseRank = (node: DiagramNode) => ('phase' in node.data ? planPhases.indexOf(node.data.phase) : -1);

/**
 * The accessible way to every diagram: tables of the nodes and connections with add, edit and
 * delete, all with keyboard and screen reader. Changes go to the same live document as the
 * diagram, so each view shows the other's changes at once.
 */
export function TableView({ session, diagramType, nodes, edges, readOnly, lanes, commands }: TableViewProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const actors = nodes.filter((node): node is Extract<DiagramNode, { type: 'aktor' }> => node.type === 'aktor').sort((a, b) => a.data.name.localeCompare(b.data.name, 'nb'));
  const steps = nodes
    .filter((node): node is Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }> => node.type === 'prosessteg' || node.type === 'avklaringspunkt')
    .sort((a, b) => phaseRank(a) - phaseRank(b) || a.position.x - b.position.x || a.position.y - b.position.y);
  const others = nodes.filter((node) => node.type === 'fritekst' || node.type === 'gruppe');
  // A digital structure in the tree's order (depth first), each row knowing its depth and folder.
  const tree = structureTree(nodes, edges);
  const structureRows: Array<{ node: Extract<DiagramNode, { type: 'mappe' | 'dokument' }>; depth: number; parent: DiagramNode | undefined }> = [];
  const walk = (id: string, depth: number) => {
    const node = byId.get(id);
    if (!node || !isStructureNode(node) || structureRows.length > nodes.length) return;
    structureRows.push({ node, depth, parent: byId.get(tree.parent.get(id) ?? '') });
    for (const child of tree.children.get(id) ?? []) walk(child, depth + 1);
  };
  tree.roots.forEach((root) => walk(root, 0));

  const startAdd = (type: DiagramNode['type']) => {
    setError(null);
    const draftData: Record<DiagramNode['type'], DiagramNode['data']> = {
      aktor: { name: '', category: 'eksternt', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
      prosessteg: { title: '', phase: 'forarbeid', lane: '', legalRef: '', deadline: '', description: '' },
      avklaringspunkt: { question: '', decidedBy: '', phase: 'oppstart', lane: '', note: '' },
      fritekst: { text: '' },
      gruppe: { label: '' },
      mappe: { name: '', kind: 'mappe', owner: '', note: '' },
      dokument: { name: '', owner: '', status: '', link: '', note: '' },
    };
    setEditing({ mode: 'add-node', draft: { id: 'new', type, position: { x: 0, y: 0 }, data: draftData[type] } as DiagramNode });
  };

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
      commands.connect(editing.source, editing.target, kind === 'relation' ? 'relasjon' : editing.type === 'relasjon' ? 'sekvens' : editing.type, editing.relation);
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

  const rowActions = (node: DiagramNode) =>
    readOnly ? null : (
      <td className="diagram-table__actions">
        <Button variant="quiet" aria-label={t('diagram.table.edit-named', { title: nodeTitle(node, t) })} onClick={() => { setError(null); setEditing({ mode: 'edit-node', draft: node }); }}>
          {t('diagram.actions.edit')}
        </Button>
        <Button variant="quiet" aria-label={t('diagram.table.delete-named', { title: nodeTitle(node, t) })} onClick={() => remove(node)}>
          {t('diagram.actions.delete')}
        </Button>
      </td>
    );

  const nodeDraft = editing && (editing.mode === 'add-node' || editing.mode === 'edit-node') ? editing : null;
  const edgeDraft = editing && (editing.mode === 'add-edge' || editing.mode === 'edit-edge') ? editing : null;
  const sourceOptions = nodes.filter((node) => node.type !== 'gruppe').map((node) => ({ value: node.id, label: `${t(`diagram.node-type.${node.type}`)}: ${nodeTitle(node, t)}` }));

  return (
    <div className="diagram-table-view">
      {diagramType === 'aktorkart' || actors.length > 0 ? (
        <section className="diagram-table-section" aria-labelledby="diagram-actors-heading">
          <div className="section__header">
            <h2 id="diagram-actors-heading">{t('diagram.table.actors')}</h2>
            {readOnly ? null : <Button onClick={() => startAdd('aktor')}>{t('diagram.table.add-actor')}</Button>}
          </div>
          {actors.length === 0 ? (
            <p className="muted">{t('diagram.table.no-actors')}</p>
          ) : (
            <div className="diagram-table-scroll">
              <table className="diagram-table">
                <caption className="visually-hidden">{t('diagram.table.actors-caption', { count: actors.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('diagram.field.name')}</th>
                    <th scope="col">{t('diagram.field.category')}</th>
                    <th scope="col">{t('diagram.field.role')}</th>
                    <th scope="col">{t('diagram.field.interest')}</th>
                    <th scope="col">{t('diagram.field.influence')}</th>
                    <th scope="col">{t('diagram.field.phases')}</th>
                    <th scope="col">{t('diagram.field.contact')}</th>
                    {readOnly ? null : <th scope="col">{t('diagram.table.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {actors.map((actor) => (
                    <tr key={actor.id}>
                      <th scope="row">{actor.data.name}</th>
                      <td>{t(`diagram.category.${actor.data.category}`)}</td>
                      <td>{actor.data.role}</td>
                      <td>{actor.data.interest}</td>
                      <td>{actor.data.influence}</td>
                      <td>{actor.data.phases.map((phase) => t(`diagram.phase.${phase}`)).join(', ')}</td>
                      <td>{actor.data.contact}</td>
                      {rowActions(actor)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {diagramType === 'struktur' || structureRows.length > 0 ? (
        <section className="diagram-table-section" aria-labelledby="diagram-structure-heading">
          <div className="section__header">
            <h2 id="diagram-structure-heading">{t('diagram.table.structure')}</h2>
            {readOnly ? null : (
              <span className="diagram-table__add">
                <Button onClick={() => startAdd('mappe')}>{t('diagram.table.add-folder')}</Button>
                <Button onClick={() => startAdd('dokument')}>{t('diagram.table.add-document')}</Button>
              </span>
            )}
          </div>
          {structureRows.length === 0 ? (
            <p className="muted">{t('diagram.table.no-structure')}</p>
          ) : (
            <div className="diagram-table-scroll">
              <table className="diagram-table">
                <caption className="visually-hidden">{t('diagram.table.structure-caption', { count: structureRows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('diagram.field.name')}</th>
                    <th scope="col">{t('diagram.table.kind')}</th>
                    <th scope="col">{t('diagram.field.parent')}</th>
                    <th scope="col">{t('diagram.field.owner')}</th>
                    <th scope="col">{t('diagram.field.status')}</th>
                    <th scope="col">{t('diagram.field.link')}</th>
                    {readOnly ? null : <th scope="col">{t('diagram.table.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {structureRows.map(({ node, depth, parent }) => (
                    <tr key={node.id}>
                      <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
                        {node.data.name}
                      </th>
                      <td>{node.type === 'mappe' ? t(`diagram.folder-kind.${node.data.kind}`) : t('diagram.node-type.dokument')}</td>
                      <td>{parent ? nodeTitle(parent, t) : t('diagram.field.parent-none')}</td>
                      <td>{node.data.owner}</td>
                      <td>{node.type === 'dokument' && node.data.status ? t(`diagram.plan-status.${node.data.status}`) : ''}</td>
                      <td>
                        {node.type === 'dokument' && node.data.link ? (
                          <a href={node.data.link} target="_blank" rel="noreferrer noopener">
                            {t('diagram.node.open-link', { title: node.data.name })}
                          </a>
                        ) : null}
                      </td>
                      {rowActions(node)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {diagramType === 'planprosess' || steps.length > 0 ? (
        <section className="diagram-table-section" aria-labelledby="diagram-steps-heading">
          <div className="section__header">
            <h2 id="diagram-steps-heading">{t('diagram.table.steps')}</h2>
            {readOnly ? null : (
              <span className="diagram-table__add">
                <Button onClick={() => startAdd('prosessteg')}>{t('diagram.table.add-step')}</Button>
                <Button onClick={() => startAdd('avklaringspunkt')}>{t('diagram.table.add-decision')}</Button>
              </span>
            )}
          </div>
          {steps.length === 0 ? (
            <p className="muted">{t('diagram.table.no-steps')}</p>
          ) : (
            <div className="diagram-table-scroll">
              <table className="diagram-table">
                <caption className="visually-hidden">{t('diagram.table.steps-caption', { count: steps.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('diagram.table.step')}</th>
                    <th scope="col">{t('diagram.table.kind')}</th>
                    <th scope="col">{t('diagram.field.phase')}</th>
                    <th scope="col">{t('diagram.field.lane')}</th>
                    <th scope="col">{t('diagram.field.legal-ref')}</th>
                    <th scope="col">{t('diagram.table.deadline-or-decider')}</th>
                    <th scope="col">{t('diagram.table.next')}</th>
                    {readOnly ? null : <th scope="col">{t('diagram.table.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {steps.map((step) => (
                    <tr key={step.id}>
                      <th scope="row">{nodeTitle(step, t)}</th>
                      <td>{t(`diagram.node-type.${step.type}`)}</td>
                      <td>{t(`diagram.phase.${step.data.phase}`)}</td>
                      <td>{step.data.lane}</td>
                      <td>{step.type === 'prosessteg' ? step.data.legalRef : ''}</td>
                      <td>{step.type === 'prosessteg' ? step.data.deadline : step.data.decidedBy}</td>
                      <td>
                        {edges
                          .filter((edge) => edge.source === step.id)
                          .map((edge) => {
                            const target = byId.get(edge.target);
                            return `${edgeLabel(edge, t)}: ${target ? nodeTitle(target, t) : '?'}`;
                          })
                          .join('; ')}
                      </td>
                      {rowActions(step)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {diagramType === 'struktur' ? null : (
      <section className="diagram-table-section" aria-labelledby="diagram-edges-heading">
        <div className="section__header">
          <h2 id="diagram-edges-heading">{t('diagram.table.edges')}</h2>
          {readOnly || sourceOptions.length < 2 ? null : (
            <Button
              onClick={() => {
                setError(null);
                setEditing({ mode: 'add-edge', source: '', target: '', type: diagramType === 'aktorkart' ? 'relasjon' : 'sekvens', relation: 'samarbeider-med', label: '' });
              }}
            >
              {t('diagram.table.add-edge')}
            </Button>
          )}
        </div>
        {edges.length === 0 ? (
          <p className="muted">{t('diagram.table.no-edges')}</p>
        ) : (
          <div className="diagram-table-scroll">
            <table className="diagram-table">
              <caption className="visually-hidden">{t('diagram.table.edges-caption', { count: edges.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diagram.table.from')}</th>
                  <th scope="col">{t('diagram.table.connection')}</th>
                  <th scope="col">{t('diagram.table.to')}</th>
                  {readOnly ? null : <th scope="col">{t('diagram.table.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {edges.map((edge) => {
                  const source = byId.get(edge.source);
                  const target = byId.get(edge.target);
                  const name = t('diagram.edge.aria', { source: source ? nodeTitle(source, t) : '?', label: edgeLabel(edge, t), target: target ? nodeTitle(target, t) : '?' });
                  return (
                    <tr key={edge.id}>
                      <td>{source ? nodeTitle(source, t) : '?'}</td>
                      <th scope="row">{edgeLabel(edge, t)}</th>
                      <td>{target ? nodeTitle(target, t) : '?'}</td>
                      {readOnly ? null : (
                        <td className="diagram-table__actions">
                          <Button variant="quiet" aria-label={t('diagram.table.edit-named', { title: name })} onClick={() => { setError(null); setEditing({ mode: 'edit-edge', edge }); }}>
                            {t('diagram.actions.edit')}
                          </Button>
                          <Button
                            variant="quiet"
                            aria-label={t('diagram.table.delete-named', { title: name })}
                            onClick={() => {
                              deleteElements(session.doc, nodes, [], [edge.id]);
                              commands.announce(t('diagram.announce.deleted-named', { title: name }));
                            }}
                          >
                            {t('diagram.actions.delete')}
                          </Button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
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
                {readOnly ? null : (
                  <span className="diagram-table__actions">
                    <Button variant="quiet" aria-label={t('diagram.table.edit-named', { title: nodeTitle(node, t) })} onClick={() => { setError(null); setEditing({ mode: 'edit-node', draft: node }); }}>
                      {t('diagram.actions.edit')}
                    </Button>
                    <Button variant="quiet" aria-label={t('diagram.table.delete-named', { title: nodeTitle(node, t) })} onClick={() => remove(node)}>
                      {t('diagram.actions.delete')}
                    </Button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Dialog
        open={nodeDraft !== null}
        title={
          nodeDraft
            ? nodeDraft.mode === 'add-node'
              ? t('diagram.table.add-title', { kind: t(`diagram.node-type.${nodeDraft.draft.type}`).toLocaleLowerCase('nb') })
              : t('diagram.table.edit-title', { title: nodeTitle(nodeDraft.draft, t) })
            : ''
        }
        onClose={() => setEditing(null)}
      >
        {nodeDraft ? (
          <form className="form" onSubmit={saveNode} noValidate>
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
            <NodeFields
              node={nodeDraft.draft}
              lanes={lanes}
              autoFocus
              onPatch={(patch) => setEditing({ ...nodeDraft, draft: { ...nodeDraft.draft, data: { ...nodeDraft.draft.data, ...patch } } as DiagramNode })}
            />
            <div className="form-actions">
              <Button type="submit" variant="primary">
                {nodeDraft.mode === 'add-node' ? t('diagram.table.add-submit') : t('common.save')}
              </Button>
              <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            </div>
          </form>
        ) : null}
      </Dialog>

      <Dialog open={edgeDraft !== null} title={edgeDraft?.mode === 'add-edge' ? t('diagram.table.add-edge') : t('diagram.table.edit-edge')} onClose={() => setEditing(null)}>
        {edgeDraft?.mode === 'add-edge' ? (
          <form className="form" onSubmit={saveEdge} noValidate>
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
            <SelectField
              label={t('diagram.table.from')}
              value={edgeDraft.source}
              options={[{ value: '', label: t('diagram.panel.connect-choose') }, ...sourceOptions]}
              onChange={(source) => setEditing({ ...edgeDraft, source })}
            />
            {edgeChoices(byId.get(edgeDraft.source), byId.get(edgeDraft.target)) === 'relation' ? (
              <SelectField
                label={t('diagram.field.relation')}
                value={edgeDraft.relation}
                options={actorRelations.map((value) => ({ value, label: t(`diagram.relation.${value}`) }))}
                onChange={(relation) => setEditing({ ...edgeDraft, relation })}
              />
            ) : (
              <SelectField
                label={t('diagram.field.edge-type')}
                value={edgeDraft.type === 'relasjon' ? 'sekvens' : edgeDraft.type}
                options={processEdgeTypes.map((value) => ({ value, label: t(`diagram.edge-type.${value}`) }))}
                onChange={(type) => setEditing({ ...edgeDraft, type })}
              />
            )}
            <SelectField
              label={t('diagram.table.to')}
              value={edgeDraft.target}
              options={[{ value: '', label: t('diagram.panel.connect-choose') }, ...sourceOptions]}
              onChange={(target) => setEditing({ ...edgeDraft, target })}
            />
            <div className="form-actions">
              <Button type="submit" variant="primary">
                {t('diagram.panel.connect-submit')}
              </Button>
              <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            </div>
          </form>
        ) : edgeDraft?.mode === 'edit-edge' ? (
          <form className="form" onSubmit={saveEdge} noValidate>
            {edgeChoices(byId.get(edgeDraft.edge.source), byId.get(edgeDraft.edge.target)) === 'relation' ? (
              <SelectField
                label={t('diagram.field.relation')}
                value={edgeDraft.edge.data.relation ?? 'samarbeider-med'}
                options={actorRelations.map((value) => ({ value, label: t(`diagram.relation.${value}`) }))}
                onChange={(relation) => setEditing({ mode: 'edit-edge', edge: { ...edgeDraft.edge, type: 'relasjon', data: { ...edgeDraft.edge.data, relation } } })}
              />
            ) : (
              <SelectField
                label={t('diagram.field.edge-type')}
                value={edgeDraft.edge.type === 'relasjon' ? 'sekvens' : edgeDraft.edge.type}
                options={processEdgeTypes.map((value) => ({ value, label: t(`diagram.edge-type.${value}`) }))}
                onChange={(type) => setEditing({ mode: 'edit-edge', edge: { ...edgeDraft.edge, type } })}
              />
            )}
            <DraftText
              label={t('diagram.field.edge-label')}
              hint={t('diagram.field.edge-label-hint')}
              value={edgeDraft.edge.data.label}
              onCommit={(label) => setEditing({ mode: 'edit-edge', edge: { ...edgeDraft.edge, data: { ...edgeDraft.edge.data, label } } })}
            />
            <div className="form-actions">
              <Button type="submit" variant="primary">
                {t('common.save')}
              </Button>
              <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            </div>
          </form>
        ) : null}
      </Dialog>
    </div>
  );
}
