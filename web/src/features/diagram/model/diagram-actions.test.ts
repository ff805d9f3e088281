import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { diagramMaps, readDiagram } from '../../../../../shared/diagram/diagram-ydoc';
import { addNode, copySelection, deleteElements, groupNodes, moveNodes, pasteClipboard, patchNodeData } from './diagram-actions';
import { localOrigin } from './local-origin';

const actor = (id: string, x = 0): DiagramNode => ({
  id,
  type: 'aktor',
  position: { x, y: 0 },
  data: { name: id, category: 'statlig', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
});

function pair() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(theirs, update, 'remote'));
  theirs.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(mine, update, 'remote'));
  const maps = diagramMaps(mine);
  const undo = new Y.UndoManager([maps.nodes, maps.edges, maps.variants, maps.meta], { trackedOrigins: new Set([localOrigin]), captureTimeout: 0 });
  return { mine, theirs, undo };
}

describe('editing a diagram', () => {
  it('undoes only my own changes, never someone else’s', () => {
    const { mine, theirs, undo } = pair();
    addNode(mine, actor('a'));
    // Someone else edits another field of the same node, with their own (untracked) origin.
    theirs.transact(() => (diagramMaps(theirs).nodes.get('a')!.get('data') as Y.Map<unknown>).set('role', 'Høringsinstans'));
    patchNodeData(mine, 'a', { name: 'NVE' });
    undo.undo();
    expect(readDiagram(mine).nodes[0]!.data).toMatchObject({ name: 'a', role: 'Høringsinstans' });
    undo.undo();
    expect(readDiagram(mine).nodes).toEqual([]);
    undo.redo();
    expect(readDiagram(theirs).nodes).toHaveLength(1);
  });

  it('copies and pastes with new ids, keeping the edges between copied nodes', () => {
    const { mine } = pair();
    addNode(mine, actor('a'));
    addNode(mine, actor('b', 300));
    diagramMaps(mine).edges.set(
      'e',
      new Y.Map(Object.entries({ type: 'relasjon', source: 'a', target: 'b', data: new Y.Map(Object.entries({ relation: 'informerer', label: '' })) })),
    );
    const before = readDiagram(mine);
    const clip = copySelection(before.nodes, before.edges, new Set(['a', 'b']))!;
    const ids = pasteClipboard(mine, clip, { x: 48, y: 48 }, null);
    const after = readDiagram(mine);
    expect(ids).toHaveLength(2);
    expect(after.nodes).toHaveLength(4);
    expect(after.edges.filter((edge) => ids.includes(edge.source) && ids.includes(edge.target))).toHaveLength(1);
    expect(after.nodes.find((node) => node.id === ids[0])!.position).toEqual({ x: 48, y: 48 });
  });

  it('groups nodes keeping them where they are on screen, and lets them out again on delete of the group', () => {
    const { mine } = pair();
    addNode(mine, actor('a', 100));
    addNode(mine, actor('b', 400));
    const group = groupNodes(mine, readDiagram(mine).nodes, ['a', 'b'], 'Statlige', null)!;
    const grouped = readDiagram(mine);
    const a = grouped.nodes.find((node) => node.id === 'a')!;
    const frame = grouped.nodes.find((node) => node.id === group)!;
    expect(a.parentId).toBe(group);
    expect(frame.position.x + a.position.x).toBe(100);
    deleteElements(mine, grouped.nodes, [group]);
    const freed = readDiagram(mine).nodes.find((node) => node.id === 'a')!;
    expect(freed.parentId ?? null).toBeNull();
    expect(freed.position).toEqual({ x: 100, y: 0 });
    moveNodes(mine, new Map([['a', { x: 10.4, y: 20.6 }]]));
    expect(readDiagram(mine).nodes.find((node) => node.id === 'a')!.position).toEqual({ x: 10, y: 21 });
  });

  it('says where it stored the nodes it moved, as the document holds them (a move with the arrow keys is told from it)', () => {
    const { mine } = pair();
    addNode(mine, actor('a', 100));
    const stored = moveNodes(
      mine,
      new Map([
        ['a', { x: 815.4, y: 433.6 }],
        ['gone', { x: 1, y: 1 }],
      ]),
      { byHand: true },
    );
    expect(stored).toEqual(new Map([['a', { x: 815, y: 434 }]]));
    expect(readDiagram(mine).nodes.find((node) => node.id === 'a')!.position).toEqual(stored.get('a'));
  });
});
