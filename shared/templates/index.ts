import { enDigitalStruktur } from './en-digital-struktur';
import { enFellesPlanprosess } from './en-felles-planprosess';
import { fagligPlanvurdering } from './faglig-planvurdering';
import { konfliktkompasset } from './konfliktkompasset';
import { motemodell } from './motemodell';
import { regionensAktorkart } from './regionens-aktorkart';
import { spillereglerForSamarbeidet } from './spilleregler-for-samarbeidet';
import type { TemplateInput } from './template-types';
import { vartFormal } from './vart-formal';

/** The ids of the built-in templates, in the guide's order; boards store them. */
export const templateIds = [
  'vart-formal',
  'regionens-aktorkart',
  'spilleregler-for-samarbeidet',
  'en-felles-planprosess',
  'motemodell',
  'en-digital-struktur',
  'faglig-planvurdering',
  'konfliktkompasset',
] as const;
export type TemplateId = (typeof templateIds)[number];

/**
 * The eight worksheets of the start-up guide, in its order (grouped by its four headings: Felles
 * mål, Felles regler, Åpen dialog, Løse uenigheter). Plain data as written in the template files;
 * `getTemplate` (./build-template.ts) gives a parsed one.
 */
export const templates: readonly TemplateInput[] = [
  vartFormal,
  regionensAktorkart,
  spillereglerForSamarbeidet,
  enFellesPlanprosess,
  motemodell,
  enDigitalStruktur,
  fagligPlanvurdering,
  konfliktkompasset,
];

export { templateHeadings, templateSchema, type Template, type TemplateHeading, type TemplateInput, type TemplateTexts } from './template-types';
export type { Localized } from './localized';
export type { TemplateMunicipality } from './template-municipalities';
