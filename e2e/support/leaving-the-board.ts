import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkAccessibility } from './accessibility';

/**
 * The board's "Tilbake til …" link while edits made offline have not gone out: it asks first
 * ("Endringene dine er ikke sendt ennå"). Shared by the canvas and diagram browser tests.
 */
export function leavingTheBoard(page: Page, boardId: string) {
  const back = page.getByRole('link', { name: /^Tilbake til / });
  const ask = page.getByRole('dialog', { name: 'Endringene dine er ikke sendt ennå' });

  return {
    /** Tries to leave, sees the question (axe-clean), answers "Bli på tavla" and is still on the board. */
    async isAskedAndStays() {
      await back.click();
      await ask.waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await ask.getByRole('button', { name: 'Bli på tavla' }).click();
      await ask.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe(`/tavler/${boardId}`);
    },
    /** Tries to leave and leaves the question open, to see the link followed once the edits are sent. */
    async isAskedAndWaits() {
      await back.click();
      await ask.waitFor();
    },
  };
}
