import type { DiagramEdge, DiagramEdgeInput, DiagramNode, DiagramNodeInput } from '../../diagram/diagram-document';
import { layoutStructureTree } from '../../diagram/structure-tree';
import type { Language } from '../../schemas/language';
import { spaceNames, type NamedMunicipality } from '../template-municipalities';
import type { StructureContent } from './diagram-content';
import { gap, notesAbove } from './diagram-layout';

/**
 * "En digital struktur" in one language, as a diagram of type `struktur`: the room is a folder,
 * the folders right below it are channels, deeper folders are folders, and items are documents;
 * each is joined to its folder by an `inneholder` edge and the whole is laid out as a tree.
 * Municipality folders expand to one folder per member.
 */
export function buildStructure(
  content: StructureContent,
  language: Language,
  municipalities: readonly NamedMunicipality[],
): { nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const depth = new Map<string, number>();
  const at = { x: 0, y: 0 };
  const hold = (parent: string | null, id: string) => {
    depth.set(id, parent === null ? 0 : (depth.get(parent) ?? 0) + 1);
    if (parent !== null) edges.push({ id: `inneholder-${id}`, type: 'inneholder', source: parent, target: id, data: { label: '' } });
  };
  const folder = (parent: string | null, id: string, name: string) => {
    hold(parent, id);
    nodes.push({ id, type: 'mappe', position: at, data: { name, kind: depth.get(id) === 1 ? 'kanal' : 'mappe', owner: '', note: '' } });
  };
  const document = (parent: string, id: string, name: string, link = '') => {
    hold(parent, id);
    nodes.push({ id, type: 'dokument', position: at, data: { name, owner: '', status: '', link, note: '' } });
  };
  for (const entry of content.entries) {
    if (entry.kind === 'folder') folder(entry.parent, entry.key, entry.label[language]);
    else if (entry.kind === 'item') document(entry.parent, entry.key, entry.text[language], entry.link);
    else {
      spaceNames(municipalities, entry.placeholders, entry.placeholderName[language]).forEach((name, index) => {
        const folderKey = `${entry.key}-${index + 1}`;
        folder(entry.parent, folderKey, name);
        document(folderKey, `${folderKey}-innhold`, entry.itemText[language]);
      });
    }
  }
  const positions = layoutStructureTree(nodes, edges, { x: 0, y: 0 });
  const notes = notesAbove(content.notes, language);
  const placed: DiagramNodeInput[] = nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? node.position }));
  // The notes sit in a row above the tree.
  return { nodes: [...notes.map((note) => ({ ...note, position: { x: note.position.x, y: note.position.y - gap } })), ...placed], edges };
}
