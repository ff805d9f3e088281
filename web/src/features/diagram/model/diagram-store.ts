import { equalityDeep } from 'lib0/function';
import * as Y from 'yjs';
import type { DiagramEdge, DiagramNode, DiagramVariant } from '../../../../../shared/diagram/diagram-document';
import { diagramMaps, readDiagramType, readEdge, readNode, readVariant, type DiagramMaps } from '../../../../../shared/diagram/diagram-ydoc';
import { isAtVersion, type VersionedDiagram } from '../../../../../shared/diagram/document-version';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';

/** The diagram as the views read it: plain objects, rebuilt only where something changed. */
export interface DiagramSnapshot {
  diagramType: DiagramType;
  nodes: DiagramNode[];
  nodeById: Map<string, DiagramNode>;
  edges: DiagramEdge[];
  variants: DiagramVariant[];
  /** The region's common practice ("felles praksis"), when the process has one. */
  commonVariant: DiagramVariant | null;
  /** True while this is the content the server had stored, drawn before the live document arrived. */
  stored: boolean;
}

/**
 * The board's content as the server had stored it (`GET /api/boards/:id/diagram/content`), with the
 * version of the live document it was read from when known.
 */
export type StoredDiagram = Pick<VersionedDiagram, 'diagramType' | 'nodes' | 'edges' | 'variants'> & Partial<Pick<VersionedDiagram, 'liveVersion'>>;

function changedKeys(events: Array<Y.YEvent<Y.AbstractType<unknown>>>, root: unknown): Set<string> {
  const keys = new Set<string>();
  for (const event of events) {
    if (event.target === root) for (const key of (event as unknown as Y.YMapEvent<unknown>).keysChanged) keys.add(key);
    else if (typeof event.path[0] === 'string') keys.add(event.path[0]);
  }
  return keys;
}

function sameItems<T>(next: T[], previous: T[]): boolean {
  return next.length === previous.length && next.every((item, index) => item === previous[index]);
}

/**
 * Keeps a read model of a diagram's Yjs document for React (`useSyncExternalStore`). Each change
 * re-reads only the nodes, edges or variants it touched, so a drag on a 1,000-node diagram does not
 * rebuild the other 999, and a node read again with the same content stays the same object.
 * Given the board's stored content, it shows that until `showLive()`, and reads nothing of the live
 * document before then. The live document then keeps every node that did not change, so nothing
 * drawn renders again; at the stored content's version, it is not even read.
 */
export class DiagramStore {
  private readonly maps: DiagramMaps;
  private readonly nodes = new Map<string, DiagramNode>();
  private readonly edges = new Map<string, DiagramEdge>();
  private readonly variants = new Map<string, DiagramVariant>();
  private snapshot: DiagramSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: Array<() => void> = [];

  /** The stored content's diagram type and version, until the live document has arrived. */
  private stored: Pick<StoredDiagram, 'diagramType' | 'liveVersion'> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    stored: StoredDiagram | null = null,
  ) {
    this.maps = diagramMaps(doc);
    if (stored) {
      for (const node of stored.nodes) this.nodes.set(node.id, node);
      for (const edge of stored.edges) this.edges.set(edge.id, edge);
      for (const variant of stored.variants) this.variants.set(variant.id, variant);
      this.stored = { diagramType: stored.diagramType, liveVersion: stored.liveVersion };
    } else this.readAll();
    this.snapshot = this.build();
    const watch = <T>(map: Y.Map<Y.Map<unknown>>, into: Map<string, T>, read: (id: string, map: Y.Map<unknown> | undefined) => T | null) => {
      const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
        // What arrives before the whole live document is in would be read again then (`showLive`).
        if (this.showsStored) return;
        for (const id of changedKeys(events, map)) this.readInto(into, id, read(id, map.get(id)));
      };
      map.observeDeep(observer);
      this.cleanups.push(() => map.unobserveDeep(observer));
    };
    watch(this.maps.nodes, this.nodes, readNode);
    watch(this.maps.edges, this.edges, readEdge);
    watch(this.maps.variants, this.variants, readVariant);
    // One new snapshot per transaction, however many maps it touched.
    const afterTransaction = () => this.publish(this.build());
    doc.on('afterTransaction', afterTransaction);
    this.cleanups.push(() => doc.off('afterTransaction', afterTransaction));
  }

  /** Whether the snapshot is still the stored content. */
  get showsStored(): boolean {
    return this.stored !== null;
  }

  /**
   * The live document has arrived (the provider is synced): from now on the snapshot is the
   * document's alone. At the stored content's version (nobody changed the board in between) it
   * holds exactly what is drawn and is not read; otherwise whatever of the stored content it lacks
   * goes, what changed is read again, and nodes it has unchanged stay.
   */
  showLive(): void {
    if (!this.stored) return;
    const { liveVersion } = this.stored;
    if (!liveVersion || !isAtVersion(this.doc, liveVersion)) this.readAll();
    this.stored = null;
    // Always a new snapshot: it no longer says `stored`, even where nothing else changed.
    this.publish({ ...this.build(), stored: false }, true);
  }

  /** Reads the whole document: each node, edge and variant, and drops what it no longer has. */
  private readAll(): void {
    const read = <T>(map: Y.Map<Y.Map<unknown>>, into: Map<string, T>, readOne: (id: string, map: Y.Map<unknown>) => T | null) => {
      for (const id of into.keys()) if (!map.has(id)) this.readInto(into, id, null);
      // forEach rather than entries(): see shared/diagram/diagram-ydoc.ts.
      map.forEach((item, id) => this.readInto(into, id, readOne(id, item)));
    };
    read(this.maps.nodes, this.nodes, readNode);
    read(this.maps.edges, this.edges, readEdge);
    read(this.maps.variants, this.variants, readVariant);
  }

  private publish(next: DiagramSnapshot, always = false): void {
    const same =
      next.nodes === this.snapshot.nodes &&
      next.edges === this.snapshot.edges &&
      next.variants === this.snapshot.variants &&
      next.diagramType === this.snapshot.diagramType;
    if (same && !always) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private dirty = { nodes: false, edges: false, variants: false };

  private readInto<T>(into: Map<string, T>, id: string, value: T | null): void {
    const previous = into.get(id);
    // The same content keeps the same object: whatever draws it need not render again.
    if (value && previous !== undefined && equalityDeep(previous, value)) return;
    if (value) into.set(id, value);
    else into.delete(id);
    if (into === (this.nodes as unknown)) this.dirty.nodes = true;
    else if (into === (this.edges as unknown)) this.dirty.edges = true;
    else this.dirty.variants = true;
  }

  private build(): DiagramSnapshot {
    const previous = this.snapshot as DiagramSnapshot | undefined;
    const variants = !previous || this.dirty.variants ? [...this.variants.values()] : previous.variants;
    const variantIds = new Set(variants.map((variant) => variant.id));
    let nodes: DiagramNode[];
    let nodeById: Map<string, DiagramNode>;
    if (previous && !this.dirty.nodes && !this.dirty.variants) {
      nodes = previous.nodes;
      nodeById = previous.nodeById;
    } else {
      const groups = new Set<string>();
      for (const node of this.nodes.values()) if (node.type === 'gruppe') groups.add(node.id);
      nodes = [...this.nodes.values()].map((node) => {
        const orphan = node.parentId != null && (!groups.has(node.parentId) || node.parentId === node.id);
        const unknownVariant = node.variantId != null && !variantIds.has(node.variantId);
        return orphan || unknownVariant ? { ...node, parentId: orphan ? null : node.parentId, variantId: unknownVariant ? null : node.variantId } : node;
      });
      // React Flow needs a group before its children.
      nodes.sort((a, b) => (a.type === 'gruppe' ? 0 : 1) - (b.type === 'gruppe' ? 0 : 1));
      // A change that left every node as it was (a variant added or renamed) keeps the list, so
      // nothing that draws the nodes renders again.
      if (previous && sameItems(nodes, previous.nodes)) {
        nodes = previous.nodes;
        nodeById = previous.nodeById;
      } else nodeById = new Map(nodes.map((node) => [node.id, node]));
    }
    let edges = previous?.edges;
    if (!previous || !edges || this.dirty.edges || this.dirty.nodes) {
      const byId = nodeById;
      edges = [...this.edges.values()].filter((edge) => byId.has(edge.source) && byId.has(edge.target));
      if (previous && sameItems(edges, previous.edges)) edges = previous.edges;
    }
    const diagramType = this.stored?.diagramType ?? readDiagramType(this.doc);
    this.dirty = { nodes: false, edges: false, variants: false };
    return {
      diagramType,
      nodes,
      nodeById,
      edges,
      variants,
      commonVariant: variants.find((variant) => variant.isCommon) ?? null,
      stored: this.showsStored,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.listeners.clear();
  }
}
