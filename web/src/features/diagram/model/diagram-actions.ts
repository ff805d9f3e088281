import * as Y from 'yjs';
import type { DiagramEdge, DiagramNode, DiagramPosition, DiagramSize, DiagramVariant } from '../../../../../shared/diagram/diagram-document';
import { diagramMaps, edgeToY, nodeToY, variantToY } from '../../../../../shared/diagram/diagram-ydoc';
import { newDiagramId } from '../../../../../shared/diagram/new-id';
import { absoluteBox, defaultNodeSize } from '../../../../../shared/diagram/place-node';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import { localOrigin } from './local-origin';

/**
 * Every change the editor makes to a diagram, as one Yjs transaction with the local origin (so it
 * is one step for "Angre"). Each function sets only the fields it is given, so a concurrent change
 * by someone else to another field of the same node survives.
 */

function dataMap(doc: Y.Doc, kind: 'nodes' | 'edges', id: string): Y.Map<unknown> | null {
  const item = diagramMaps(doc)[kind].get(id);
  const data = item?.get('data');
  return data instanceof Y.Map ? (data as Y.Map<unknown>) : null;
}

export function addNode(doc: Y.Doc, node: DiagramNode): void {
  doc.transact(() => diagramMaps(doc).nodes.set(node.id, nodeToY(node)), localOrigin);
}

export function addNodes(doc: Y.Doc, nodes: DiagramNode[], edges: DiagramEdge[] = []): void {
  doc.transact(() => {
    const maps = diagramMaps(doc);
    for (const node of nodes) maps.nodes.set(node.id, nodeToY(node));
    for (const edge of edges) maps.edges.set(edge.id, edgeToY(edge));
  }, localOrigin);
}

/** Sets the given data fields of a node (only those that differ). */
export function patchNodeData(doc: Y.Doc, id: string, patch: Record<string, unknown>): void {
  doc.transact(() => {
    const data = dataMap(doc, 'nodes', id);
    if (!data) return;
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) data.delete(key);
      else if (JSON.stringify(data.get(key)) !== JSON.stringify(value)) data.set(key, value);
    }
  }, localOrigin);
}

/**
 * Moves nodes (positions relative to their group, as stored).
 * @param options.byHand a person moved them: automatic layout keeps them there from now on
 * @returns where the nodes that are in the document now are, as stored (in whole pixels)
 */
export function moveNodes(doc: Y.Doc, positions: Map<string, DiagramPosition>, options: { byHand?: boolean } = {}): Map<string, DiagramPosition> {
  const stored = new Map<string, DiagramPosition>();
  if (positions.size === 0) return stored;
  doc.transact(() => {
    const { nodes } = diagramMaps(doc);
    for (const [id, position] of positions) {
      const node = nodes.get(id);
      if (!node) continue;
      const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
      const current = node.get('position') as DiagramPosition | undefined;
      if (current?.x !== rounded.x || current?.y !== rounded.y) node.set('position', rounded);
      if (options.byHand && node.get('pinned') !== true) node.set('pinned', true);
      stored.set(id, rounded);
    }
  }, localOrigin);
  return stored;
}

/** What an automatic layout decided: new places, groups sized to their content, actors moved into their category's group. */
export interface LayoutChanges {
  positions: Map<string, DiagramPosition>;
  sizes: Map<string, DiagramSize>;
  parents: Map<string, string | null>;
  /** A full re-layout: nodes placed by hand are no longer kept where they are. */
  unpin: boolean;
}

/** Applies an automatic layout in one change (one step for "Angre"). */
export function applyLayout(doc: Y.Doc, changes: LayoutChanges): void {
  doc.transact(() => {
    const { nodes } = diagramMaps(doc);
    for (const [id, parentId] of changes.parents) nodes.get(id)?.set('parentId', parentId);
    for (const [id, size] of changes.sizes) {
      const node = nodes.get(id);
      const rounded = { width: Math.round(size.width), height: Math.round(size.height) };
      if (node && JSON.stringify(node.get('size')) !== JSON.stringify(rounded)) node.set('size', rounded);
    }
    if (changes.unpin) for (const node of nodes.values()) if (node.get('pinned') !== undefined && node.get('pinned') !== null) node.delete('pinned');
    // Joins this transaction: one change.
    moveNodes(doc, changes.positions);
  }, localOrigin);
}

export function resizeNode(doc: Y.Doc, id: string, size: DiagramSize, position?: DiagramPosition): void {
  doc.transact(() => {
    const node = diagramMaps(doc).nodes.get(id);
    if (!node) return;
    node.set('size', { width: Math.round(size.width), height: Math.round(size.height) });
    if (position) node.set('position', { x: Math.round(position.x), y: Math.round(position.y) });
  }, localOrigin);
}

/**
 * Deletes nodes and edges. Edges of deleted nodes go too; the members of a deleted group stay,
 * where they were on screen.
 */
export function deleteElements(doc: Y.Doc, all: DiagramNode[], nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): void {
  const removed = new Set(nodeIds);
  const byId = new Map(all.map((node) => [node.id, node]));
  doc.transact(() => {
    const maps = diagramMaps(doc);
    for (const node of all) {
      if (removed.has(node.id) || !node.parentId || !removed.has(node.parentId)) continue;
      const box = absoluteBox(node, byId);
      const keeper = maps.nodes.get(node.id);
      keeper?.set('parentId', null);
      keeper?.set('position', { x: Math.round(box.x), y: Math.round(box.y) });
    }
    for (const id of removed) maps.nodes.delete(id);
    for (const id of edgeIds) maps.edges.delete(id);
    for (const [id, edge] of maps.edges.entries()) {
      if (removed.has(String(edge.get('source'))) || removed.has(String(edge.get('target')))) maps.edges.delete(id);
    }
  }, localOrigin);
}

export function addEdge(doc: Y.Doc, edge: DiagramEdge): void {
  doc.transact(() => diagramMaps(doc).edges.set(edge.id, edgeToY(edge)), localOrigin);
}

/** Changes an edge's type and/or data fields. */
export function patchEdge(doc: Y.Doc, id: string, patch: { type?: DiagramEdge['type']; data?: Record<string, unknown> }): void {
  doc.transact(() => {
    const edge = diagramMaps(doc).edges.get(id);
    if (!edge) return;
    if (patch.type && edge.get('type') !== patch.type) edge.set('type', patch.type);
    const data = dataMap(doc, 'edges', id);
    for (const [key, value] of Object.entries(patch.data ?? {})) {
      if (value === undefined) data?.delete(key);
      else if (data?.get(key) !== value) data?.set(key, value);
    }
  }, localOrigin);
}

/** Turns an edge around. */
export function reverseEdge(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const edge = diagramMaps(doc).edges.get(id);
    if (!edge) return;
    const source = edge.get('source');
    edge.set('source', edge.get('target'));
    edge.set('target', source);
  }, localOrigin);
}

export function setDiagramType(doc: Y.Doc, type: DiagramType): void {
  doc.transact(() => diagramMaps(doc).meta.set('diagramType', type), localOrigin);
}

export function addVariant(doc: Y.Doc, variant: DiagramVariant): void {
  doc.transact(() => diagramMaps(doc).variants.set(variant.id, variantToY(variant)), localOrigin);
}

export function renameVariant(doc: Y.Doc, id: string, name: string): void {
  doc.transact(() => diagramMaps(doc).variants.get(id)?.set('name', name), localOrigin);
}

/** Deletes a variant with its steps and connections. */
export function deleteVariant(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const maps = diagramMaps(doc);
    maps.variants.delete(id);
    for (const [nodeId, node] of maps.nodes.entries()) if (node.get('variantId') === id) maps.nodes.delete(nodeId);
    for (const [edgeId, edge] of maps.edges.entries()) if (edge.get('variantId') === id) maps.edges.delete(edgeId);
  }, localOrigin);
}

/** Puts nodes into a new group that frames them; returns the group's id. */
export function groupNodes(doc: Y.Doc, all: DiagramNode[], ids: string[], label: string, variantId: string | null): string | null {
  const byId = new Map(all.map((node) => [node.id, node]));
  const members = ids.map((id) => byId.get(id)).filter((node): node is DiagramNode => !!node && node.type !== 'gruppe' && !node.parentId);
  if (members.length === 0) return null;
  const boxes = members.map((node) => absoluteBox(node, byId));
  const padding = 32;
  const x = Math.min(...boxes.map((b) => b.x)) - padding;
  const y = Math.min(...boxes.map((b) => b.y)) - padding * 1.5;
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - x + padding;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - y + padding;
  const groupId = newDiagramId();
  doc.transact(() => {
    const maps = diagramMaps(doc);
    maps.nodes.set(groupId, nodeToY({ id: groupId, type: 'gruppe', position: { x, y }, size: { width, height }, parentId: null, variantId, data: { label } }));
    members.forEach((node, index) => {
      const box = boxes[index]!;
      const map = maps.nodes.get(node.id);
      map?.set('parentId', groupId);
      map?.set('position', { x: Math.round(box.x - x), y: Math.round(box.y - y) });
    });
  }, localOrigin);
  return groupId;
}

/** Dissolves a group: its members stay where they are. */
export function ungroup(doc: Y.Doc, all: DiagramNode[], groupId: string): void {
  deleteElements(doc, all, [groupId]);
}

/** Takes a node out of its group, keeping it where it is on screen. */
export function leaveGroup(doc: Y.Doc, all: DiagramNode[], id: string): void {
  const byId = new Map(all.map((node) => [node.id, node]));
  const node = byId.get(id);
  if (!node?.parentId) return;
  const box = absoluteBox(node, byId);
  doc.transact(() => {
    const map = diagramMaps(doc).nodes.get(id);
    map?.set('parentId', null);
    map?.set('position', { x: Math.round(box.x), y: Math.round(box.y) });
  }, localOrigin);
}

/** What "Kopier" keeps: the nodes and the edges between them. */
export interface DiagramClipboard {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** The selected nodes (with the members of selected groups) and the edges among them. */
export function copySelection(all: DiagramNode[], edges: DiagramEdge[], selected: Set<string>): DiagramClipboard | null {
  const ids = new Set(selected);
  for (const node of all) if (node.parentId && ids.has(node.parentId)) ids.add(node.id);
  const nodes = all.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  return { nodes, edges: edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
}

/**
 * Pastes a copy with new ids, shifted so it does not cover the original, into the variant shown.
 * @returns the new top-level node ids (to select them)
 */
export function pasteClipboard(doc: Y.Doc, clipboard: DiagramClipboard, offset: DiagramPosition, variantId: string | null): string[] {
  const ids = new Map(clipboard.nodes.map((node) => [node.id, newDiagramId()]));
  const nodes = clipboard.nodes.map((node): DiagramNode => {
    const parentId = node.parentId ? (ids.get(node.parentId) ?? null) : null;
    const position = parentId ? node.position : { x: node.position.x + offset.x, y: node.position.y + offset.y };
    const copy = { ...node, id: ids.get(node.id)!, parentId, position, variantId: node.type === 'aktor' ? null : variantId };
    if ((copy.type === 'prosessteg' || copy.type === 'avklaringspunkt') && variantId !== node.variantId) {
      // Pasted into another variant it stays "the same step"; within one variant it is a new one.
      return { ...copy, data: { ...copy.data, key: copy.data.key ?? node.id } } as DiagramNode;
    }
    if (copy.type === 'prosessteg' || copy.type === 'avklaringspunkt') return { ...copy, data: { ...copy.data, key: undefined } } as DiagramNode;
    return copy as DiagramNode;
  });
  const edges = clipboard.edges.map((edge): DiagramEdge => ({
    ...edge,
    id: newDiagramId(),
    source: ids.get(edge.source)!,
    target: ids.get(edge.target)!,
    variantId,
  }));
  addNodes(doc, nodes, edges);
  return nodes.filter((node) => !node.parentId).map((node) => node.id);
}

export { defaultNodeSize };
