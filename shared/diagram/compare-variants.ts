import * as Y from 'yjs';
import { stepKeyOf, type DiagramEdge, type DiagramNode, type DiagramNodeOf } from './diagram-document';
import { diagramMaps, edgeToY, nodeToY } from './diagram-ydoc';
import { placeNewNode } from './place-node';
import { newDiagramId } from './new-id';
import { planPhases } from './vocabulary';

/** A step or clarification point: the nodes variants are compared by. */
export type ProcessNode = DiagramNodeOf<'prosessteg'> | DiagramNodeOf<'avklaringspunkt'>;

export const isProcessNode = (node: DiagramNode): node is ProcessNode => node.type === 'prosessteg' || node.type === 'avklaringspunkt';

/**
 * How a step of a municipality's variant relates to the common practice: `same`, `differs` (the
 * same step with other content), `missing` (in the common practice, not in the variant), `extra`
 * (in the variant, not in the common practice).
 */
export type StepStatus = 'same' | 'differs' | 'missing' | 'extra';

/** The fields compared, per node type, in the order they are shown. */
export const comparedFields = {
  prosessteg: ['title', 'phase', 'lane', 'legalRef', 'deadline', 'description'],
  avklaringspunkt: ['question', 'decidedBy', 'phase', 'lane', 'note'],
} as const;
export type ComparedField = (typeof comparedFields)[keyof typeof comparedFields][number];

export interface StepComparison {
  key: string;
  status: StepStatus;
  common: ProcessNode | null;
  variant: ProcessNode | null;
  /** The fields that differ (for `differs`). */
  differences: ComparedField[];
}

const titleOf = (node: ProcessNode) => (node.type === 'prosessteg' ? node.data.title : node.data.question);
const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const phaseRank = (node: ProcessNode) => planPhases.indexOf(node.data.phase);

function fieldValue(node: ProcessNode, field: ComparedField): string {
  const value = (node.data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value.trim() : '';
}

/** The nodes of one variant that take part in comparing. */
export function processNodesOf(nodes: DiagramNode[], variantId: string): ProcessNode[] {
  return nodes.filter((node): node is ProcessNode => isProcessNode(node) && node.variantId === variantId);
}

/**
 * Pairs the steps of a variant with those of the common practice and says for each pair whether it
 * is the same. Steps pair up by their key (kept when a step is copied or adopted); what is left pairs
 * up by the same title, so variants typed in separately still compare sensibly.
 * @returns rows in process order (phase, then left to right)
 */
export function compareVariants(nodes: DiagramNode[], commonVariantId: string, variantId: string): StepComparison[] {
  const common = processNodesOf(nodes, commonVariantId);
  const variant = processNodesOf(nodes, variantId);
  const pairs: Array<[ProcessNode | null, ProcessNode | null]> = [];
  const unpairedVariant = new Map(variant.map((node) => [node.id, node]));
  const unpairedCommon: ProcessNode[] = [];
  const variantByKey = new Map<string, ProcessNode>();
  for (const node of variant) if (!variantByKey.has(stepKeyOf(node))) variantByKey.set(stepKeyOf(node), node);
  for (const node of common) {
    const match = variantByKey.get(stepKeyOf(node));
    if (match && unpairedVariant.has(match.id) && match.type === node.type) {
      unpairedVariant.delete(match.id);
      pairs.push([node, match]);
    } else unpairedCommon.push(node);
  }
  for (const node of unpairedCommon) {
    const match = [...unpairedVariant.values()].find((other) => other.type === node.type && normalized(titleOf(other)) === normalized(titleOf(node)));
    if (match) unpairedVariant.delete(match.id);
    pairs.push([node, match ?? null]);
  }
  for (const node of unpairedVariant.values()) pairs.push([null, node]);

  const rows = pairs.map(([commonNode, variantNode]): StepComparison => {
    const either = (commonNode ?? variantNode)!;
    if (!commonNode) return { key: stepKeyOf(either), status: 'extra', common: null, variant: variantNode, differences: [] };
    if (!variantNode) return { key: stepKeyOf(either), status: 'missing', common: commonNode, variant: null, differences: [] };
    const differences = comparedFields[commonNode.type].filter((field) => fieldValue(commonNode, field) !== fieldValue(variantNode, field));
    return { key: stepKeyOf(commonNode), status: differences.length > 0 ? 'differs' : 'same', common: commonNode, variant: variantNode, differences };
  });
  const order = (row: StepComparison) => {
    const node = (row.common ?? row.variant)!;
    return [phaseRank(node), node.position.x, node.position.y];
  };
  return rows.sort((a, b) => {
    const [pa = 0, xa = 0, ya = 0] = order(a);
    const [pb = 0, xb = 0, yb = 0] = order(b);
    return pa - pb || xa - xb || ya - yb;
  });
}

const randomId = newDiagramId;

/**
 * Takes a step from a municipality's variant into the common practice: updates the matching common
 * step, or adds a copy (same key) placed in its lane and phase, and joins it to the steps it is
 * joined to in the variant where those exist in the common practice.
 * @returns the id of the common practice's step
 */
export function adoptStep(doc: Y.Doc, nodes: DiagramNode[], edges: DiagramEdge[], step: ProcessNode, commonVariantId: string, origin: unknown = null): string {
  const maps = diagramMaps(doc);
  const key = stepKeyOf(step);
  const row = compareVariants(nodes, commonVariantId, step.variantId ?? '').find((r) => r.variant?.id === step.id);
  const existing = row?.common ?? null;
  let commonId = existing?.id ?? randomId();
  doc.transact(() => {
    if (existing) {
      const data = maps.nodes.get(existing.id)?.get('data');
      if (data instanceof Y.Map) {
        for (const field of comparedFields[step.type]) {
          const value = (step.data as Record<string, unknown>)[field];
          if (data.get(field) !== value) data.set(field, value);
        }
        if (data.get('key') === undefined) data.set('key', key);
      }
      return;
    }
    const position = placeNewNode(nodes, { type: step.type, phase: step.data.phase, lane: step.data.lane, variantId: commonVariantId });
    const copy = { ...step, id: commonId, position, parentId: null, variantId: commonVariantId, data: { ...step.data, key } } as ProcessNode;
    maps.nodes.set(commonId, nodeToY(copy));
    const commonByKey = new Map(processNodesOf(nodes, commonVariantId).map((node) => [stepKeyOf(node), node.id]));
    const variantById = new Map(nodes.map((node) => [node.id, node]));
    for (const edge of edges) {
      if (edge.source !== step.id && edge.target !== step.id) continue;
      const otherId = edge.source === step.id ? edge.target : edge.source;
      const other = variantById.get(otherId);
      const otherCommon = other && isProcessNode(other) ? commonByKey.get(stepKeyOf(other)) : undefined;
      if (!otherCommon) continue;
      const [source, target] = edge.source === step.id ? [commonId, otherCommon] : [otherCommon, commonId];
      maps.edges.set(randomId(), edgeToY({ ...edge, id: '', source, target, variantId: commonVariantId }));
    }
  }, origin);
  commonId = existing?.id ?? commonId;
  return commonId;
}

/**
 * Fills a new variant with a copy of another (usually the common practice): new ids, the same step
 * keys, the same layout. Notes and groups of the source variant come along.
 */
export function copyVariantContent(
  doc: Y.Doc,
  nodes: DiagramNode[],
  edges: DiagramEdge[],
  fromVariantId: string,
  toVariantId: string,
  origin: unknown = null,
): void {
  const maps = diagramMaps(doc);
  const newIds = new Map<string, string>();
  const source = nodes.filter((node) => node.variantId === fromVariantId);
  for (const node of source) newIds.set(node.id, randomId());
  doc.transact(() => {
    for (const node of source) {
      const data = isProcessNode(node) ? { ...node.data, key: stepKeyOf(node) } : node.data;
      const parentId = node.parentId ? (newIds.get(node.parentId) ?? null) : null;
      maps.nodes.set(newIds.get(node.id)!, nodeToY({ ...node, id: newIds.get(node.id)!, parentId, variantId: toVariantId, data } as DiagramNode));
    }
    for (const edge of edges) {
      const source = newIds.get(edge.source);
      const target = newIds.get(edge.target);
      if (!source || !target) continue;
      const id = randomId();
      maps.edges.set(id, edgeToY({ ...edge, id, source, target, variantId: toVariantId }));
    }
  }, origin);
}

/**
 * Takes the chosen rows of a comparison across in one transaction, in either direction: into the
 * municipality's variant from the common practice (`to: 'variant'`: missing steps are copied, steps
 * that differ get the common practice's fields) or into the common practice from the variant
 * (`to: 'common'`: extra steps are copied, steps that differ get the variant's fields). A copied step
 * keeps its key and, where free, its place; the connections between steps that both sides now have
 * are copied too.
 * @param nodes every node, with steps that have no variant counted as the common practice's
 * @returns how many steps were added or changed
 */
export function adoptRows(
  doc: Y.Doc,
  nodes: DiagramNode[],
  edges: DiagramEdge[],
  rows: StepComparison[],
  variants: { common: string; variant: string },
  to: 'variant' | 'common',
  origin: unknown = null,
): number {
  const maps = diagramMaps(doc);
  const targetVariant = to === 'variant' ? variants.variant : variants.common;
  const sourceVariant = to === 'variant' ? variants.common : variants.variant;
  const placed = [...nodes];
  // Source step id → the target step it now corresponds to.
  const counterpart = new Map<string, string>();
  for (const row of compareVariants(nodes, variants.common, variants.variant)) {
    const source = to === 'variant' ? row.common : row.variant;
    const target = to === 'variant' ? row.variant : row.common;
    if (source && target) counterpart.set(source.id, target.id);
  }
  let changed = 0;
  doc.transact(() => {
    for (const row of rows) {
      const source = to === 'variant' ? row.common : row.variant;
      const target = to === 'variant' ? row.variant : row.common;
      if (!source) continue;
      if (target) {
        const data = maps.nodes.get(target.id)?.get('data');
        if (!(data instanceof Y.Map)) continue;
        let touched = false;
        for (const field of comparedFields[source.type]) {
          const value = (source.data as Record<string, unknown>)[field];
          if (target.type === source.type && data.get(field) !== value) {
            data.set(field, value);
            touched = true;
          }
        }
        if (touched) changed += 1;
        continue;
      }
      const id = randomId();
      const size = { type: source.type, phase: source.data.phase, lane: source.data.lane, variantId: targetVariant };
      const free = !placed.some(
        (node) => node.variantId === targetVariant && Math.abs(node.position.x - source.position.x) < 180 && Math.abs(node.position.y - source.position.y) < 90,
      );
      const position = free ? source.position : placeNewNode(placed, size);
      const copy = { ...source, id, position, parentId: null, variantId: targetVariant, data: { ...source.data, key: stepKeyOf(source) } } as ProcessNode;
      maps.nodes.set(id, nodeToY(copy));
      placed.push(copy);
      counterpart.set(source.id, id);
      changed += 1;
    }
    // Connections of the source side between steps the target side now has, unless already there.
    const existing = new Set(edges.filter((edge) => (edge.variantId ?? null) === targetVariant).map((edge) => `${edge.source}>${edge.target}>${edge.type}`));
    for (const edge of edges) {
      if ((edge.variantId ?? null) !== sourceVariant && !(sourceVariant === variants.common && edge.variantId == null)) continue;
      const source = counterpart.get(edge.source);
      const target = counterpart.get(edge.target);
      if (!source || !target) continue;
      const signature = `${source}>${target}>${edge.type}`;
      if (existing.has(signature)) continue;
      existing.add(signature);
      const id = randomId();
      maps.edges.set(id, edgeToY({ ...edge, id, source, target, variantId: targetVariant }));
    }
  }, origin);
  return changed;
}
