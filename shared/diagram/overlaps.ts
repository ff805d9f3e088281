import type { DiagramNode } from './diagram-document';
import { absoluteBox } from './place-node';

type Sizes = Map<string, { width: number; height: number }> | undefined;

/**
 * Pairs of nodes whose boxes overlap, as drawn (measured sizes where known): any two nodes that are
 * not groups, two top-level groups, and a node with a group it is not in. A node inside its own
 * group does not count.
 */
export function overlappingNodes(nodes: DiagramNode[], sizes?: Sizes): Array<[string, string]> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxes = nodes.map((node) => {
    const box = absoluteBox(node, byId);
    const measured = sizes?.get(node.id);
    return { node, box: measured ? { ...box, width: measured.width, height: measured.height } : box };
  });
  const within = (node: DiagramNode, group: string) => {
    for (let at = node.parentId; at; at = byId.get(at)?.parentId) if (at === group) return true;
    return false;
  };
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const aGroup = a.node.type === 'gruppe';
      const bGroup = b.node.type === 'gruppe';
      if (aGroup && bGroup && (a.node.parentId || b.node.parentId)) continue;
      if (aGroup && within(b.node, a.node.id)) continue;
      if (bGroup && within(a.node, b.node.id)) continue;
      const overlap =
        a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height;
      if (overlap) pairs.push([a.node.id, b.node.id]);
    }
  }
  return pairs;
}
