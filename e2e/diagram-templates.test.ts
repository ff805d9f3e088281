import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Language } from '../shared/schemas/language';
import { getTemplate } from '../shared/templates/build-template';
import { templateIds } from '../shared/templates/index';
import {
  adminEnv,
  ApiSession,
  chromiumPath,
  diagramSettled,
  launchBrowser,
  loginAs,
  overlappingBoxes,
  parentsOf,
  startTestServer,
  type TestServer,
} from './support/index';

/** Every variant of every diagram template: what a planner can make a diagram board from. */
const diagramTemplates = templateIds.flatMap((id) => {
  const template = getTemplate(id);
  return template.kind === 'diagram' ? template.variants.map((variant) => [id, variant.id] as const) : [];
});

interface Exported {
  nodes: Array<{ id: string; parentId?: string | null }>;
}

/**
 * How the links' labels lie on the page: labels over a box (a node, or a group's heading; a group's
 * empty inside is free), labels over each other, labels whose text is cut or hidden under something.
 */
function labelClashes(page: Page) {
  return page.evaluate(() => {
    interface Rect {
      name: string;
      box: DOMRect;
    }
    const crosses = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const labels: Rect[] = [...document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')]
      .filter((label) => label.textContent)
      .map((label) => ({ name: label.textContent!, box: label.getBoundingClientRect() }));
    const boxes: Rect[] = [
      ...[...document.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-gruppe)')].map((node) => ({
        name: node.dataset.id ?? '',
        box: node.getBoundingClientRect(),
      })),
      ...[...document.querySelectorAll<HTMLElement>('.diagram-node__group-label')].map((label) => ({
        name: `group «${label.textContent}»`,
        box: label.getBoundingClientRect(),
      })),
    ];
    const overBoxes = labels.flatMap((label) => boxes.filter((box) => crosses(label.box, box.box)).map((box) => `«${label.name}» over ${box.name}`));
    const overLabels = labels.flatMap((label, index) =>
      labels.slice(index + 1).flatMap((other) => (crosses(label.box, other.box) ? [`«${label.name}» × «${other.name}»`] : [])),
    );
    // Fully readable where it is on screen: nothing of the diagram drawn over any part of it, no text cut off.
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const hidden = [...document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')]
      .filter((label) => label.textContent)
      .filter((label) => {
        if (label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1) return true;
        const box = label.getBoundingClientRect();
        if (box.left < canvas.left || box.top < canvas.top || box.right > canvas.right || box.bottom > canvas.bottom) return false;
        const points = [
          [box.left + 2, box.top + 2],
          [box.right - 2, box.top + 2],
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + 2, box.bottom - 2],
          [box.right - 2, box.bottom - 2],
        ] as const;
        return points.some(([x, y]) => {
          // (The bars over the canvas count as nothing: they are not part of the diagram.)
          const top = document.elementFromPoint(x, y);
          return !!top && !label.contains(top) && !!top.closest('.react-flow__renderer');
        });
      })
      .map((label) => label.textContent);
    return { labels: labels.length, overBoxes, overLabels, hidden };
  });
}

describe.skipIf(!chromiumPath)('diagram templates as a planner first sees them', () => {
  let server: TestServer;
  let api: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let regionId: string;

  const setLanguage = (language: Language) => api.request(`/regions/${regionId}`, 'PATCH', { language });
  const fromTemplate = async (templateId: string, variant: string) =>
    (await api.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId, variant })).body.board.id;

  async function openBoard(boardId: string) {
    await page.goto(`${server.url}/tavler/${boardId}`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.locator('.diagram-canvas[aria-busy="false"]').waitFor();
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    api = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await api.demoRegionId();
  });

  afterAll(async () => {
    await setLanguage('nb');
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await loginAs(page, server);
  });

  afterEach(async () => {
    await context.close();
  });

  it.each(diagramTemplates)('%s (%s) draws every link’s label clear of the boxes and of the other labels, and readable', async (templateId, variant) => {
    await setLanguage('nb');
    await openBoard(await fromTemplate(templateId, variant));
    await diagramSettled(page);
    const drawn = await labelClashes(page);
    if (templateId !== 'en-digital-struktur') expect(drawn.labels).toBeGreaterThan(10);
    expect(drawn.overBoxes).toEqual([]);
    expect(drawn.overLabels).toEqual([]);
    expect(drawn.hidden).toEqual([]);
  });

  describe.each(['nb', 'nn'] as const)('in %s', (language) => {
    beforeAll(async () => {
      await setLanguage(language);
    });

    it.each(diagramTemplates)('%s (%s) opens with no two boxes on top of each other, and none under the bars', async (templateId, variant) => {
      const boardId = await fromTemplate(templateId, variant);
      const exported = (await api.request<Exported>(`/boards/${boardId}/diagram/export.json`)).body;
      await openBoard(boardId);
      await diagramSettled(page);
      const drawn = await overlappingBoxes(page, parentsOf(exported.nodes));
      expect(drawn.nodes).toBeGreaterThan(5);
      expect(drawn.pairs).toEqual([]);
      expect(drawn.underBars).toEqual([]);
    });
  });
});
