import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { structureTree } from '../../../../../shared/diagram/structure-tree';

/** The folder a new folder or document goes into: the selected folder, the selected document's folder, or the top folder. */
export function folderFor(nodes: DiagramNode[], edges: DiagramEdge[], selected: Set<string>): DiagramNode | undefined {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const tree = structureTree(nodes, edges);
  for (const id of selected) {
    const node = byId.get(id);
    if (node?.type === 'mappe') return node;
    const parent = node?.type === 'dokument' ? tree.parent.get(id) : undefined;
    if (parent) return byId.get(parent);
  }
  const root = tree.roots.map((id) => byId.get(id)).find((node) => node?.type === 'mappe');
  return root;
}
