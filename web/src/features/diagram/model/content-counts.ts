import type { TFunction } from 'i18next';

/**
 * How many boxes and links a diagram holds, in words ("38 bokser", "1 kobling"), for the texts that
 * describe a version or a file before it replaces the diagram.
 */
export function contentCounts(content: { nodes: readonly unknown[]; edges: readonly unknown[] }, t: TFunction): { boxes: string; links: string } {
  return {
    boxes: t('diagram.count.boxes', { count: content.nodes.length }),
    links: t('diagram.count.links', { count: content.edges.length }),
  };
}
