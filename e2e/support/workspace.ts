import type { Locator, Page } from 'playwright-core';

/**
 * The board's one menu ("Tavlemeny"), opened if it is closed. Items are ordinary buttons in it:
 * `boardMenu(page).getByRole('button', { name: 'Historikk' })`.
 */
export async function openBoardMenu(page: Page): Promise<Locator> {
  const trigger = page.getByRole('button', { name: 'Tavlemeny' });
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  return page.getByRole('group', { name: /^Handling(er|ar) for tavla$/ });
}

/** Opens the board's menu and uses one of its buttons. */
export async function boardAction(page: Page, name: string): Promise<void> {
  const menu = await openBoardMenu(page);
  await menu.getByRole('button', { name, exact: true }).click();
}

export interface WorkspaceMeasure {
  /** The part of the window where the drawing surface shows, not covered by Planrom's panels (0–1). */
  share: number;
  /** Whether the page itself can scroll (it must not). */
  scrolls: boolean;
  /** Height of the workspace bar in CSS pixels. */
  barHeight: number;
}

/**
 * Measures the drawing surface (tldraw's canvas, React Flow's pane) as a share of the window:
 * sampled on an 8 px grid, a point counts when it is on the surface and under none of the panels
 * that float over the board (everything marked `data-workspace-overlay`).
 */
export function measureWorkspace(page: Page, kind: 'canvas' | 'diagram'): Promise<WorkspaceMeasure> {
  return page.evaluate(
    (surfaceSelector) => {
      const surface = document.querySelector(surfaceSelector)!.getBoundingClientRect();
      const visible = (element: Element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
      };
      const overlays = [...document.querySelectorAll('[data-workspace-overlay]')].filter(visible).map((element) => element.getBoundingClientRect());
      const width = window.innerWidth;
      const height = window.innerHeight;
      const step = 8;
      let shown = 0;
      let all = 0;
      for (let y = step / 2; y < height; y += step) {
        for (let x = step / 2; x < width; x += step) {
          all++;
          if (x < surface.left || x > surface.right || y < surface.top || y > surface.bottom) continue;
          if (overlays.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)) continue;
          shown++;
        }
      }
      const root = document.scrollingElement!;
      const bar = document.querySelector('.board-bar')?.getBoundingClientRect().height ?? 0;
      return { share: shown / all, scrolls: root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1, barHeight: bar };
    },
    kind === 'canvas' ? '.tl-canvas' : '.react-flow',
  );
}

/**
 * Whether tldraw has taken in the canvas's present size. It measures the canvas some time after a
 * resize (a throttled ResizeObserver), and only then draws its overlay canvas at the size it holds
 * (`.tl-canvas-overlays`, styled from the editor's screen bounds), so the two agree once it has.
 */
export function tldrawHasMeasuredCanvas(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.tl-canvas')?.getBoundingClientRect();
    const overlays = document.querySelector<HTMLElement>('.tl-canvas-overlays');
    if (!canvas || !overlays) return false;
    return Math.abs(parseFloat(overlays.style.width) - canvas.width) < 1 && Math.abs(parseFloat(overlays.style.height) - canvas.height) < 1;
  });
}

/**
 * The controls matching `selector` that a person cannot reach as they show: one off the window's
 * edge («Presenter» off the screen) or drawn over another («Start» on «Presenter for alle»). Only
 * the controls shown count (not those in a closed menu). A control in a part that scrolls (a bar
 * that does not fit a small screen's height) is reached by scrolling it: what counts is the part of
 * it shown in that box, and that the box itself is on the screen.
 */
export function controlsOutOfPlace(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const scrollingBox = (element: HTMLElement) => {
      for (let outer = element.parentElement; outer && outer !== document.body; outer = outer.parentElement) {
        const style = getComputedStyle(outer);
        const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
        if (scrolls && (outer.scrollHeight > outer.clientHeight + 1 || outer.scrollWidth > outer.clientWidth + 1)) return outer;
      }
      return null;
    };
    const shownPart = (box: DOMRect, outer: DOMRect | null) => {
      if (!outer) return box;
      const left = Math.max(box.left, outer.left);
      const top = Math.max(box.top, outer.top);
      return new DOMRect(left, top, Math.max(0, Math.min(box.right, outer.right) - left), Math.max(0, Math.min(box.bottom, outer.bottom) - top));
    };
    const controls = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => {
        const scroller = scrollingBox(element)?.getBoundingClientRect() ?? null;
        const box = element.getBoundingClientRect();
        return {
          element,
          name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
          // Where it is reached: the scrolling part it is in, or itself.
          reached: scroller ?? box,
          box: shownPart(box, scroller),
          size: box,
        };
      })
      .filter(({ size }) => size.width > 0 && size.height > 0);
    const found: string[] = [];
    for (const { name, reached } of controls) {
      if (reached.left < -0.5 || reached.top < -0.5 || reached.right > window.innerWidth + 0.5 || reached.bottom > window.innerHeight + 0.5) {
        found.push(`«${name}» off the screen`);
      }
    }
    for (const [index, a] of controls.entries()) {
      for (const b of controls.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 0.5 && down > 0.5) found.push(`«${a.name}» on «${b.name}»`);
      }
    }
    return found;
  }, selector);
}

/**
 * The texts matching `selector` that a person cannot read whole as they show: cut short by their
 * box (an ellipsis or hidden overflow) or running past the window's edge.
 */
export function textCutShort(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const cut: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      const past = box.left < -0.5 || box.right > window.innerWidth + 0.5;
      if (past || element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        cut.push((element.textContent ?? '').trim());
    }
    return cut;
  }, selector);
}
