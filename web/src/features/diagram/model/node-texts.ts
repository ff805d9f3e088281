import type { TFunction } from 'i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { edgeAccessibleName, edgeLabel, nodeAccessibleName, nodeTitle } from './labels';

/** Everything a node shows and is called, in one language. */
export interface NodeTexts {
  /** The line above the title: "Aktør · Statlig", "Prosessteg · Oppstart", a folder's kind. */
  kind: string;
  /** The title as drawn (legal citations kept on one line where the node shows them so). */
  title: string;
  /** The smaller lines under the title, in order. */
  details: string[];
  /** A planning document's status. */
  status: string | null;
  /** The name of a planning document's link. */
  linkLabel: string | null;
  /** What a screen reader hears for the node. */
  accessibleName: string;
}

/** What an edge shows and is called, in one language. */
export interface EdgeTexts {
  label: string;
  accessibleName: string;
}

/**
 * Keeps a legal citation or an abbreviation on one line where it breaks badly: "§" stays with its number, a section
 * number like 12-3 and a word like plan-ID are not split at their hyphen (labels otherwise wrap only between words).
 */
export const keepCitations = (text: string) =>
  text
    .replace(/§\s+/g, '§\u00a0')
    .replace(/(\d)-(\d)/g, '$1\u2011$2')
    // An abbreviation joined by a hyphen ("plan-ID") is one word to a reader, too short to split.
    .replace(/(\p{L})-(\p{Lu}{2,})/gu, '$1\u2011$2');

function buildNodeTexts(node: DiagramNode, t: TFunction): NodeTexts {
  const base = { status: null, linkLabel: null, accessibleName: nodeAccessibleName(node, t) };
  const some = (...lines: Array<string | false>) => lines.filter((line): line is string => !!line);
  switch (node.type) {
    case 'aktor':
      return {
        ...base,
        kind: `${t('diagram.node-type.aktor')} · ${t(`diagram.category.${node.data.category}`)}`,
        title: keepCitations(node.data.name),
        details: some(
          !!node.data.role && keepCitations(node.data.role),
          t('diagram.node.scores', { interest: String(node.data.interest), influence: String(node.data.influence) }),
        ),
      };
    case 'prosessteg':
      return {
        ...base,
        kind: `${t('diagram.node-type.prosessteg')} · ${t(`diagram.phase.${node.data.phase}`)}`,
        title: node.data.title,
        details: some(
          !!node.data.legalRef && keepCitations(node.data.legalRef),
          !!node.data.deadline && t('diagram.node.deadline', { deadline: node.data.deadline }),
        ),
      };
    case 'avklaringspunkt':
      return {
        ...base,
        kind: t('diagram.node-type.avklaringspunkt'),
        title: node.data.question,
        details: some(!!node.data.decidedBy && t('diagram.node.decided-by', { who: node.data.decidedBy })),
      };
    case 'fritekst':
      return { ...base, kind: t('diagram.node-type.fritekst'), title: keepCitations(node.data.text) || nodeTitle(node, t), details: [] };
    case 'gruppe':
      return { ...base, kind: t('diagram.node-type.gruppe'), title: nodeTitle(node, t), details: [] };
    case 'mappe':
      return {
        ...base,
        kind: t(`diagram.folder-kind.${node.data.kind}`),
        title: keepCitations(node.data.name),
        details: some(!!node.data.owner && t('diagram.node.owner', { owner: node.data.owner })),
      };
    case 'dokument':
      return {
        ...base,
        kind: t('diagram.node-type.dokument'),
        title: keepCitations(node.data.name),
        details: some(!!node.data.owner && t('diagram.node.owner', { owner: node.data.owner })),
        status: node.data.status ? t(`diagram.plan-status.${node.data.status}`) : null,
        linkLabel: node.data.link ? t('diagram.node.open-link', { title: node.data.name }) : null,
      };
  }
}

// By language (the `t` of each), then by node: the document's read model keeps a node's object while
// it is unchanged, so each version of a node is translated once, whatever re-renders around it.
const nodeCache = new WeakMap<TFunction, WeakMap<DiagramNode, NodeTexts>>();
const edgeCache = new WeakMap<TFunction, WeakMap<DiagramEdge, { source?: DiagramNode; target?: DiagramNode; texts: EdgeTexts }>>();

/** A node's texts, made once per version of the node and language. */
export function nodeTexts(node: DiagramNode, t: TFunction): NodeTexts {
  let byNode = nodeCache.get(t);
  if (!byNode) nodeCache.set(t, (byNode = new WeakMap()));
  let texts = byNode.get(node);
  if (!texts) byNode.set(node, (texts = buildNodeTexts(node, t)));
  return texts;
}

/** An edge's label and name (which says its ends' titles), made again only when it or an end changed. */
export function edgeTexts(edge: DiagramEdge, nodes: Map<string, DiagramNode>, t: TFunction): EdgeTexts {
  let byEdge = edgeCache.get(t);
  if (!byEdge) edgeCache.set(t, (byEdge = new WeakMap()));
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  const cached = byEdge.get(edge);
  if (cached && cached.source === source && cached.target === target) return cached.texts;
  const texts = { label: edgeLabel(edge, t), accessibleName: edgeAccessibleName(edge, nodes, t) };
  byEdge.set(edge, { source, target, texts });
  return texts;
}
