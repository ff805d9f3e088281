/** A piece of a facilitator guide: a paragraph, or a run of numbered steps. */
export type GuideBlock = { kind: 'paragraph'; text: string } | { kind: 'steps'; start: number; items: string[] };

const stepLine = /^(\d+)\.\s+(.*)$/;

/**
 * Splits a facilitator guide (plain text: paragraphs and numbered steps "1. …", one per line) into
 * paragraphs and ordered lists, so steps are read as a list.
 */
export function guideBlocks(text: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const step = stepLine.exec(line);
    const last = blocks.at(-1);
    if (step) {
      if (last?.kind === 'steps') last.items.push(step[2]!);
      else blocks.push({ kind: 'steps', start: Number(step[1]), items: [step[2]!] });
    } else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}
