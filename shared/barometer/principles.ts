import type { TemplateId } from '../templates/index';

/** Ostrom's eight design principles, numbered as in Governing the Commons (1990). */
export const principleNumbers = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type PrincipleNumber = (typeof principleNumbers)[number];

/**
 * The guide's worksheets that strengthen each principle: a reasonable reading of the guide, not
 * stated in it (see the domain notes on Ostrom). The texts of the principles are in the catalogue
 * (`barometer.principle.<n>`), in bokmål and nynorsk.
 */
export const worksheetsForPrinciple: Record<PrincipleNumber, readonly TemplateId[]> = {
  1: ['vart-formal'],
  2: ['spilleregler-for-samarbeidet', 'en-felles-planprosess'],
  3: ['spilleregler-for-samarbeidet', 'en-felles-planprosess'],
  4: ['en-digital-struktur', 'motemodell'],
  5: ['spilleregler-for-samarbeidet'],
  6: ['konfliktkompasset', 'faglig-planvurdering'],
  7: ['regionens-aktorkart'],
  8: ['regionens-aktorkart'],
};

/** The scale every principle is answered on: 1 (not at all) to 5 (fully). */
export const scoreValues = [1, 2, 3, 4, 5] as const;

/** How many members must have answered a principle before anything of it is shown. */
export const minimumAnswersShown = 3;

/** A median below this counts as a weak principle, where a worksheet is suggested first. */
export const weakMedianBelow = 3;
