import * as Y from 'yjs';
import type { DiagramEdge, DiagramNode } from './diagram-document';
import { diagramMaps, edgeToY, readDiagram, readDiagramType, type YFields } from './diagram-ydoc';
import { layoutStructureTree } from './structure-tree';

/** The id of the room's folder in boards made from "En digital struktur" before it had a type of its own. */
const oldRootId = 'rom';

/**
 * Whether a diagram is a digital structure from before structures had their own type: an actor
 * map with no actors whose frames hang from the room's frame `rom`, as the template built them
 * (nested groups with notes inside).
 */
export function isOldStructure(doc: Y.Doc): boolean {
  if (readDiagramType(doc) !== 'aktorkart') return false;
  const { nodes } = diagramMaps(doc);
  if (nodes.get(oldRootId)?.get('type') !== 'gruppe') return false;
  for (const node of nodes.values()) if (node.get('type') === 'aktor') return false;
  return true;
}

/**
 * Turns an old digital structure into one of type `struktur`, in one transaction: each frame
 * becomes a folder (those right below the room channels), each note inside a frame a document, and
 * each is joined to its frame by an `inneholder` edge; the tree is laid out again. Notes outside
 * every frame stay notes. Nodes keep their ids and are changed field by field, so anyone editing
 * with an old copy still meets the same nodes. Does nothing to any other diagram.
 * @returns whether it changed the document
 */
export function migrateOldStructure(doc: Y.Doc, origin: unknown = null): boolean {
  if (!isOldStructure(doc)) return false;
  const before = readDiagram(doc);
  const byId = new Map(before.nodes.map((node) => [node.id, node]));
  const depthOf = (node: DiagramNode): number => {
    let depth = 0;
    for (let at = node.parentId; at && depth < 50; at = byId.get(at)?.parentId) depth += 1;
    return depth;
  };
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  for (const node of before.nodes) {
    if (node.type === 'gruppe') {
      nodes.push({
        ...node,
        type: 'mappe',
        parentId: null,
        size: null,
        data: { name: node.data.label || '…', kind: depthOf(node) === 1 ? 'kanal' : 'mappe', owner: '', note: '' },
      });
    } else if (node.type === 'fritekst' && node.parentId) {
      nodes.push({
        ...node,
        type: 'dokument',
        parentId: null,
        size: null,
        data: { name: node.data.text.slice(0, 200) || '…', owner: '', status: '', link: '', note: '' },
      });
    } else continue;
    if (node.parentId) edges.push({ id: `inneholder-${node.id}`, type: 'inneholder', source: node.parentId, target: node.id, data: { label: '' } });
  }
  const notes = before.nodes.filter((node) => node.type === 'fritekst' && !node.parentId);
  const top = notes.length > 0 ? Math.max(...notes.map((note) => note.position.y + (note.size?.height ?? 90))) + 60 : 0;
  const positions = layoutStructureTree(nodes, edges, { x: 0, y: Math.max(0, top) });
  const maps = diagramMaps(doc);
  doc.transact(() => {
    maps.meta.set('diagramType', 'struktur');
    for (const node of nodes) {
      const map = maps.nodes.get(node.id);
      if (!map) continue;
      map.set('type', node.type);
      map.set('parentId', null);
      map.set('size', null);
      map.set('position', positions.get(node.id) ?? node.position);
      const data = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(node.data)) data.set(key, value);
      map.set('data', data as YFields);
    }
    for (const edge of edges) maps.edges.set(edge.id, edgeToY(edge));
  }, origin);
  return true;
}
