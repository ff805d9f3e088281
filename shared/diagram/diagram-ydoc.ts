import * as Y from 'yjs';
import {
  diagramEdgeSchema,
  diagramFormat,
  diagramFormatVersion,
  diagramNodeSchema,
  diagramPresentationSchema,
  diagramTypeSchema,
  diagramVariantSchema,
  type DiagramDocument,
  type DiagramEdge,
  type DiagramNode,
  type DiagramVariant,
} from './diagram-document';
import type { DiagramType } from './vocabulary';
import { sameOrder } from '../presentation/slide-order';

/**
 * How a diagram lives in a Yjs document (the live, shared state of a diagram board):
 *
 * - `meta`: `Y.Map` with `diagramType` and, once someone has ordered the slides, `presentationOrder`
 *   (an array of slide ids, see `diagramPresentationSchema`);
 * - `nodes`: `Y.Map` id → `Y.Map` { type, position, size, parentId, variantId, data: `Y.Map` of fields };
 * - `edges`: `Y.Map` id → `Y.Map` { type, source, target, sourceHandle, targetHandle, variantId, data: `Y.Map` };
 * - `variants`: `Y.Map` id → `Y.Map` { name, municipalityId, isCommon }.
 *
 * Every field of a node is its own key, so two people who change different fields of one node at
 * the same time both keep their change. Selection, measured size and dragging are never stored:
 * they are local or presence.
 */
export type YFields = Y.Map<unknown>;

export interface DiagramMaps {
  meta: Y.Map<unknown>;
  nodes: Y.Map<YFields>;
  edges: Y.Map<YFields>;
  variants: Y.Map<YFields>;
}

/** The shared maps of a diagram document. */
export function diagramMaps(doc: Y.Doc): DiagramMaps {
  return {
    meta: doc.getMap('meta'),
    nodes: doc.getMap<YFields>('nodes'),
    edges: doc.getMap<YFields>('edges'),
    variants: doc.getMap<YFields>('variants'),
  };
}

// Maps are read with `forEach`, not `entries()`, which Yjs builds from chained generic iterators:
// with that and one pass per node, the first read of a board costs about a third less
// (bench/open-traces.md, twelfth round).

function fieldsOf(map: YFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] = plain(value);
  });
  return out;
}

/** A stored value as plain data: a nested map as an object, anything else as it is. */
function plain(value: unknown): unknown {
  return value instanceof Y.Map ? fieldsOf(value as YFields) : value;
}

/** Sets `key` on `out` when the value holds something (null and undefined are left out). */
function setFilled(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== null && value !== undefined) out[key] = plain(value);
}

/** A node's or edge's `data` as a plain object of the fields that hold something. */
function filledData(data: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (data instanceof Y.Map) data.forEach((value, key) => setFilled(out, key, value));
  else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) setFilled(out, key, value);
  return out;
}

/** A stored node or edge as its schema reads it: the fields that hold something, its id, and `data` as a plain object. */
function storedItem(id: string, map: YFields): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (key !== 'data') setFilled(item, key, value);
  });
  item.id = id;
  item.data = filledData(map.get('data'));
  return item;
}

/**
 * A node as stored, checked against the format. Anything malformed (a client can write whatever it
 * likes into the document) is left out rather than breaking every reader.
 */
export function readNode(id: string, map: YFields | undefined): DiagramNode | null {
  if (!(map instanceof Y.Map)) return null;
  const parsed = diagramNodeSchema.safeParse(storedItem(id, map));
  return parsed.success ? parsed.data : null;
}

/** An edge as stored, or null when malformed. */
export function readEdge(id: string, map: YFields | undefined): DiagramEdge | null {
  if (!(map instanceof Y.Map)) return null;
  const parsed = diagramEdgeSchema.safeParse(storedItem(id, map));
  return parsed.success ? parsed.data : null;
}

/** A variant as stored, or null when malformed. */
export function readVariant(id: string, map: YFields | undefined): DiagramVariant | null {
  if (!(map instanceof Y.Map)) return null;
  const parsed = diagramVariantSchema.safeParse({ ...fieldsOf(map), id });
  return parsed.success ? parsed.data : null;
}

/** The diagram's type; an empty or new board is an actor map until someone says otherwise. */
export function readDiagramType(doc: Y.Doc): DiagramType {
  const parsed = diagramTypeSchema.safeParse(diagramMaps(doc).meta.get('diagramType'));
  return parsed.success ? parsed.data : 'aktorkart';
}

/** The slide order the presenter chose, or null when nobody has (or it is malformed). */
export function readPresentationOrder(doc: Y.Doc): string[] | null {
  const parsed = diagramPresentationSchema.shape.order.safeParse(diagramMaps(doc).meta.get('presentationOrder'));
  return parsed.success ? parsed.data : null;
}

/** Stores the slide order for everyone on the board (one change, undoable like any other). */
export function writePresentationOrder(doc: Y.Doc, order: string[], origin: unknown = null): void {
  doc.transact(() => diagramMaps(doc).meta.set('presentationOrder', [...order]), origin);
}

/**
 * The whole diagram in Planrom's format. Nodes whose group is gone lose their group, and edges whose
 * ends are gone are left out, so the result always passes `diagramDocumentSchema`.
 */
export function readDiagram(doc: Y.Doc, extra: { title?: string; exportedAt?: string } = {}): DiagramDocument {
  const maps = diagramMaps(doc);
  const variants: DiagramVariant[] = [];
  let hasCommon = false;
  maps.variants.forEach((map, id) => {
    const variant = readVariant(id, map);
    if (!variant) return;
    if (variant.isCommon && hasCommon) variant.isCommon = false;
    hasCommon ||= variant.isCommon;
    variants.push(variant);
  });
  const variantIds = new Set(variants.map((variant) => variant.id));
  const nodes: DiagramNode[] = [];
  maps.nodes.forEach((map, id) => {
    const node = readNode(id, map);
    if (node) nodes.push(node);
  });
  const groups = new Set(nodes.filter((node) => node.type === 'gruppe').map((node) => node.id));
  for (const node of nodes) {
    if (node.parentId != null && (!groups.has(node.parentId) || node.parentId === node.id)) node.parentId = null;
    if (node.variantId != null && !variantIds.has(node.variantId)) node.variantId = null;
  }
  breakGroupCycles(nodes);
  const variantOf = new Map(nodes.map((node) => [node.id, node.variantId ?? null]));
  const edges: DiagramEdge[] = [];
  maps.edges.forEach((map, id) => {
    const edge = readEdge(id, map);
    if (!edge || !variantOf.has(edge.source) || !variantOf.has(edge.target)) return;
    if (variantOf.get(edge.source) !== variantOf.get(edge.target)) return;
    if (edge.variantId != null && !variantIds.has(edge.variantId)) edge.variantId = null;
    edges.push(edge);
  });
  const order = readPresentationOrder(doc);
  return {
    format: diagramFormat,
    version: diagramFormatVersion,
    diagramType: readDiagramType(doc),
    ...extra,
    variants,
    nodes,
    edges,
    // Only when set, so a diagram nobody presented exports exactly as before.
    ...(order ? { presentation: { order } } : {}),
  };
}

function breakGroupCycles(nodes: DiagramNode[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const node of nodes) {
    const seen = new Set<string>([node.id]);
    for (let at = node.parentId ?? null; at !== null; at = byId.get(at)?.parentId ?? null) {
      if (seen.has(at) || seen.size > 20) {
        node.parentId = null;
        break;
      }
      seen.add(at);
    }
  }
}

function fieldMap(values: Record<string, unknown>): YFields {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** A new `Y.Map` for a node (not yet in the document). */
export function nodeToY(node: DiagramNode): YFields {
  const map = fieldMap({
    type: node.type,
    position: { x: node.position.x, y: node.position.y },
    size: node.size ?? null,
    parentId: node.parentId ?? null,
    variantId: node.variantId ?? null,
    pinned: node.pinned ? true : undefined,
  });
  map.set('data', fieldMap(node.data));
  return map;
}

/** A new `Y.Map` for an edge (not yet in the document). */
export function edgeToY(edge: DiagramEdge): YFields {
  const map = fieldMap({
    type: edge.type,
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? null,
    targetHandle: edge.targetHandle ?? null,
    variantId: edge.variantId ?? null,
  });
  map.set('data', fieldMap(edge.data));
  return map;
}

/** A new `Y.Map` for a variant (not yet in the document). */
export function variantToY(variant: DiagramVariant): YFields {
  return fieldMap({ name: variant.name, municipalityId: variant.municipalityId, isCommon: variant.isCommon });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Sets only the fields that differ, so a concurrent change to another field is kept. */
function patchFields(map: YFields, values: Record<string, unknown>, keep: Set<string> = new Set()): void {
  for (const [key, value] of Object.entries(values)) {
    const next = value === undefined ? null : value;
    if (!sameValue(map.get(key) ?? null, next)) map.set(key, next);
  }
  for (const key of [...map.keys()]) if (!(key in values) && !keep.has(key)) map.delete(key);
}

function patchData(map: YFields, data: Record<string, unknown>): void {
  let inner = map.get('data');
  if (!(inner instanceof Y.Map)) {
    inner = new Y.Map<unknown>();
    map.set('data', inner);
  }
  patchFields(inner as YFields, Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
}

/**
 * Makes the document hold exactly `document` (restore a version, import a file), changing only the
 * fields that differ, in one transaction. Everyone connected receives it as one ordinary change.
 * @param origin the transaction origin (lets undo managers and the server tell who did it)
 */
export function replaceDiagram(doc: Y.Doc, document: DiagramDocument, origin: unknown = null): void {
  const maps = diagramMaps(doc);
  doc.transact(() => {
    if (maps.meta.get('diagramType') !== document.diagramType) maps.meta.set('diagramType', document.diagramType);
    const order = document.presentation?.order;
    if (order && !sameOrder(order, maps.meta.get('presentationOrder'))) maps.meta.set('presentationOrder', [...order]);
    else if (!order && maps.meta.has('presentationOrder')) maps.meta.delete('presentationOrder');
    syncCollection(maps.variants, document.variants, variantToY, (map, variant) =>
      patchFields(map, { name: variant.name, municipalityId: variant.municipalityId, isCommon: variant.isCommon }),
    );
    syncCollection(maps.nodes, document.nodes, nodeToY, (map, node) => {
      if (map.get('type') !== node.type) return false;
      patchFields(
        map,
        {
          type: node.type,
          position: node.position,
          size: node.size ?? null,
          parentId: node.parentId ?? null,
          variantId: node.variantId ?? null,
          pinned: node.pinned ? true : null,
        },
        new Set(['data']),
      );
      patchData(map, node.data);
      return true;
    });
    syncCollection(maps.edges, document.edges, edgeToY, (map, edge) => {
      patchFields(
        map,
        {
          type: edge.type,
          source: edge.source,
          target: edge.target,
          sourceHandle: edge.sourceHandle ?? null,
          targetHandle: edge.targetHandle ?? null,
          variantId: edge.variantId ?? null,
        },
        new Set(['data']),
      );
      patchData(map, edge.data);
      return true;
    });
  }, origin);
}

function syncCollection<T extends { id: string }>(
  collection: Y.Map<YFields>,
  items: T[],
  create: (item: T) => YFields,
  patch: (map: YFields, item: T) => boolean | void,
): void {
  const wanted = new Map(items.map((item) => [item.id, item]));
  for (const key of [...collection.keys()]) if (!wanted.has(key)) collection.delete(key);
  for (const item of items) {
    const existing = collection.get(item.id);
    if (existing instanceof Y.Map && patch(existing, item) !== false) continue;
    collection.set(item.id, create(item));
  }
}

/**
 * Adds or updates nodes without touching anything else (CSV import of actors, pasting). Existing
 * nodes keep their position and any field the incoming node does not set.
 */
export function upsertNodes(doc: Y.Doc, nodes: DiagramNode[], origin: unknown = null): void {
  const maps = diagramMaps(doc);
  doc.transact(() => {
    for (const node of nodes) {
      const existing = maps.nodes.get(node.id);
      const data = existing instanceof Y.Map ? existing.get('data') : undefined;
      if (existing instanceof Y.Map && existing.get('type') === node.type && data instanceof Y.Map) {
        patchData(existing, { ...fieldsOf(data as YFields), ...node.data });
      } else maps.nodes.set(node.id, nodeToY(node));
    }
  }, origin);
}
