import type { Locator, Page } from 'playwright-core';

/**
 * Sets the text spacing WCAG 1.4.12 says a person may choose (as its test bookmarklet does): line
 * height 1.5, letter spacing 0.12em, word spacing 0.16em, 2em after a paragraph.
 */
export async function widenTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({
    content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  });
}

/** How far the page itself scrolls sideways, in CSS pixels (0 when it reflows, WCAG 1.4.10). */
export function pageScrollsSideways(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
}

/**
 * How many CSS pixels narrower a field is than the browser draws its value in: a date field
 * narrower than its date and calendar button cuts the year off. The browser's own width is that of
 * a copy of the field with no width set.
 */
export function fieldWidthShort(field: Locator): Promise<number> {
  return field.evaluate((element) => {
    const copy = element.cloneNode() as HTMLElement;
    copy.style.cssText = 'position: absolute; visibility: hidden; width: auto; min-width: 0; max-width: none';
    element.after(copy);
    const natural = copy.getBoundingClientRect().width;
    copy.remove();
    return Math.max(0, natural - element.getBoundingClientRect().width);
  });
}
