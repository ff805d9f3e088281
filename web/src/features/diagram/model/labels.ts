import type { TFunction } from 'i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { shortenText } from '../../../../../shared/i18n/shorten-text';

/** The text a node is known by: an actor's name, a step's title, a point's question, a note's text. */
export function nodeTitle(node: DiagramNode, t: TFunction): string {
  switch (node.type) {
    case 'aktor':
      return node.data.name;
    case 'prosessteg':
      return node.data.title;
    case 'avklaringspunkt':
      return node.data.question;
    case 'fritekst':
      return shortenText(node.data.text.split('\n')[0] ?? '', 60) || t('diagram.node.empty-note');
    case 'gruppe':
      return node.data.label || t('diagram.node.unnamed-group');
    case 'mappe':
    case 'dokument':
      return node.data.name;
  }
}

/** "Aktør: NVE", "Prosessteg: Oppstartsmøte": what a screen reader hears for a node. */
export function nodeAccessibleName(node: DiagramNode, t: TFunction): string {
  const kind = t(`diagram.node-type.${node.type}`);
  const title = nodeTitle(node, t);
  switch (node.type) {
    case 'aktor':
      return t('diagram.node.aria-actor', { kind, title, category: t(`diagram.category.${node.data.category}`) });
    case 'prosessteg':
    case 'avklaringspunkt':
      return t('diagram.node.aria-process', { kind, title, phase: t(`diagram.phase.${node.data.phase}`), lane: node.data.lane || t('diagram.lane.none') });
    case 'mappe':
      return t('diagram.node.aria-other', { kind: t(`diagram.folder-kind.${node.data.kind}`), title });
    default:
      return t('diagram.node.aria-other', { kind, title });
  }
}

/** What an edge says: its own label, else the relation's or the edge type's name. */
export function edgeLabel(edge: DiagramEdge, t: TFunction): string {
  if (edge.data.label) return edge.data.label;
  if (edge.type === 'relasjon') return edge.data.relation ? t(`diagram.relation.${edge.data.relation}`) : '';
  return t(`diagram.edge-type.${edge.type}`);
}

/** "NVE – kan fremme innsigelse – Kommunestyret". */
export function edgeAccessibleName(edge: DiagramEdge, nodes: Map<string, DiagramNode>, t: TFunction): string {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  return t('diagram.edge.aria', {
    source: source ? nodeTitle(source, t) : '?',
    label: edgeLabel(edge, t),
    target: target ? nodeTitle(target, t) : '?',
  });
}
