import type { Page } from 'playwright-core';

/** Each node's group, from a board's exported nodes: `{ [nodeId]: parentId }`. */
export function parentsOf(nodes: ReadonlyArray<{ id: string; parentId?: string | null }>): Record<string, string> {
  return Object.fromEntries(nodes.flatMap((node) => (node.parentId ? [[node.id, node.parentId]] : [])));
}

/** Waits until no node or link label moves or changes size any more (measuring, fonts, an arrangement on opening, placing labels). */
export async function diagramSettled(page: Page): Promise<void> {
  let last = '';
  for (let round = 0; round < 40; round++) {
    const now = await page.evaluate(() =>
      JSON.stringify(
        [...document.querySelectorAll('.react-flow__node, .react-flow__edgelabel-renderer > *')].map((node) => {
          const box = node.getBoundingClientRect();
          return [box.x, box.y, box.width, box.height].map(Math.round);
        }),
      ),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(300);
  }
}

/**
 * The boxes drawn on the page that cover each other, by node id: two nodes, or a node and a group
 * it does not belong to (a group holds its own members, so those are left out); and the boxes
 * hidden under the bars over the canvas.
 * @param parents each node's group (`parentsOf` of the board's export)
 */
export function overlappingBoxes(page: Page, parents: Record<string, string>) {
  return page.evaluate((parents) => {
    const within = (id: string, group: string) => {
      for (let at = parents[id]; at; at = parents[at]) if (at === group) return true;
      return false;
    };
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => ({
      id: element.dataset.id ?? '',
      box: element.getBoundingClientRect(),
    }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (within(a.id, b.id) || within(b.id, a.id)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 0.5 && height > 0.5) pairs.push(`${a.id} × ${b.id}`);
      }
    }
    // The bars floating over the canvas's top (the toolbar, a process's variant bar) hide what is under them.
    const bars = [...document.querySelectorAll<HTMLElement>('.diagram-floating-top > *')].map((bar) => bar.getBoundingClientRect());
    const underBars = boxes
      .filter(({ box }) =>
        bars.some(
          (bar) => Math.min(box.right, bar.right) - Math.max(box.left, bar.left) > 0 && Math.min(box.bottom, bar.bottom) - Math.max(box.top, bar.top) > 0,
        ),
      )
      .map(({ id }) => id);
    return { nodes: boxes.length, pairs, underBars };
  }, parents);
}
