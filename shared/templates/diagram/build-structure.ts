import type { DiagramNodeInput } from '../../diagram/diagram-document';
import type { Language } from '../../schemas/language';
import { spaceNames, type NamedMunicipality } from '../template-municipalities';
import type { StructureContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

const itemSize = { width: 260, height: 80 } as const;
const padding = 20;
const header = 50;

interface TreeNode {
  key: string;
  kind: 'folder' | 'item';
  label: string;
  children: TreeNode[];
  /** Filled in by the layout. */
  width: number;
  height: number;
}

/**
 * "En digital struktur" in one language, as nested groups: the shared room is a group, its
 * channels sit side by side in it, and what a channel holds (folders, items) is stacked inside the
 * channel. Municipality folders expand to one folder per member.
 */
export function buildStructure(content: StructureContent, language: Language, municipalities: readonly NamedMunicipality[]): DiagramNodeInput[] {
  const byKey = new Map<string, TreeNode>();
  let root: TreeNode | undefined;
  const attach = (parent: string | null, node: TreeNode) => {
    byKey.set(node.key, node);
    if (parent === null) root = node;
    else byKey.get(parent)?.children.push(node);
  };
  for (const entry of content.entries) {
    if (entry.kind === 'folder') attach(entry.parent, { key: entry.key, kind: 'folder', label: entry.label[language], children: [], width: 0, height: 0 });
    else if (entry.kind === 'item') attach(entry.parent, { key: entry.key, kind: 'item', label: entry.text[language], children: [], width: 0, height: 0 });
    else {
      spaceNames(municipalities, entry.placeholders, entry.placeholderName[language]).forEach((name, index) => {
        const folderKey = `${entry.key}-${index + 1}`;
        attach(entry.parent, { key: folderKey, kind: 'folder', label: name, children: [], width: 0, height: 0 });
        attach(folderKey, { key: `${folderKey}-innhold`, kind: 'item', label: entry.itemText[language], children: [], width: 0, height: 0 });
      });
    }
  }
  if (!root) throw new Error('The structure has no root folder');

  // Sizes bottom-up: the root lays its children out in a row, every other folder in a column.
  const measure = (node: TreeNode, depth: number) => {
    if (node.kind === 'item') {
      node.width = itemSize.width;
      node.height = itemSize.height;
      return;
    }
    node.children.forEach((child) => measure(child, depth + 1));
    const widths = node.children.map((child) => child.width);
    const heights = node.children.map((child) => child.height);
    if (depth === 0) {
      node.width = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1) + padding * 2;
      node.height = header + Math.max(0, ...heights) + padding;
    } else {
      node.width = Math.max(itemSize.width, ...widths) + padding * 2;
      node.height = header + heights.reduce((sum, height) => sum + height, 0) + (gap / 2) * Math.max(0, heights.length - 1) + padding;
    }
  };
  measure(root, 0);

  const nodes: DiagramNodeInput[] = [...notesAbove(content.notes, language)];
  const place = (node: TreeNode, parent: TreeNode | null, position: { x: number; y: number }, depth: number) => {
    const parentId = parent?.key ?? null;
    if (node.kind === 'item') {
      nodes.push({ id: node.key, type: 'fritekst', parentId, position, size: { width: node.width, height: node.height }, data: { text: node.label } });
      return;
    }
    nodes.push({ id: node.key, type: 'gruppe', parentId, position, size: { width: node.width, height: node.height }, data: { label: node.label } });
    let offset = 0;
    for (const child of node.children) {
      if (depth === 0) {
        place(child, node, { x: padding + offset, y: header }, depth + 1);
        offset += child.width + gap;
      } else {
        place(child, node, { x: padding, y: header + offset }, depth + 1);
        offset += child.height + gap / 2;
      }
    }
  };
  place(root, null, { x: 0, y: 0 }, 0);
  return nodes;
}
