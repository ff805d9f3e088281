import type { Page } from 'playwright-core';

/** Clicks an empty spot of the board, so tldraw's keyboard shortcuts go to it (right of the sheets docked at the left). */
export async function focusCanvas(page: Page) {
  const box = (await page.getByTestId('canvas-stage').boundingBox())!;
  await page.mouse.click(box.x + box.width - 40, box.y + box.height / 2);
}

/** A shape on the board (not the hidden copies tldraw keeps for measuring) that shows this text. */
export const shapeWithText = (page: Page, text: string) => page.locator('.tl-shape').filter({ hasText: text }).first();

/**
 * Waits until the text field of a shape of this type (a new note, a new text) has the keyboard. On
 * a busy machine tldraw shows the field a moment before it takes keys, and what is typed then is lost.
 */
export async function shapeTakesKeys(page: Page, type: 'note' | 'text' = 'note') {
  await page.waitForFunction((type) => {
    const focused = document.activeElement as HTMLElement | null;
    return !!focused?.isContentEditable && !!focused.closest(`.tl-shape[data-shape-type="${type}"]`);
  }, type);
}

/**
 * Places a sticky note with this text where the page's canvas is clicked (`at`, from the stage's
 * top-left corner), typing once its text has the keyboard.
 */
export async function addNote(page: Page, text: string, at: { x: number; y: number }) {
  const box = (await page.getByTestId('canvas-stage').boundingBox())!;
  await focusCanvas(page);
  await page.keyboard.press('n');
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await shapeTakesKeys(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await shapeWithText(page, text).waitFor();
}

/**
 * Adds a sticky note by keyboard, as a person without a mouse does (the canvas has the keyboard):
 * N chooses the note tool, Enter puts the note (in the selected frame, or the middle of the view),
 * and the text is typed once the note takes keys.
 */
export async function addNoteByKeyboard(page: Page, text: string) {
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await shapeTakesKeys(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await shapeWithText(page, text).waitFor();
}
