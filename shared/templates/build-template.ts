import type { DiagramDocument } from '../diagram/diagram-document';
import type { Language } from '../schemas/language';
import { buildCanvasTemplate, type CanvasSnapshot } from './canvas/build-canvas-template';
import { buildDiagramTemplate } from './diagram/build-diagram-template';
import { templates } from './index';
import { namedMunicipalities, type TemplateMunicipality } from './template-municipalities';
import { templateSchema, type Template } from './template-types';

export interface BuildTemplateOptions {
  /** The region's language: every text of the board is written in it. */
  language: Language;
  /** The region's member municipalities, in the order their spaces should appear. */
  municipalities?: readonly TemplateMunicipality[];
  /** A variant id of the template (e.g. `arealdel`); the first variant when left out. */
  variant?: string;
}

interface BuiltBase {
  templateId: string;
  templateVersion: number;
  variant: string;
  /** The new board's title in the chosen language. */
  title: string;
}

/** A board's first content, made from a template. */
export type BuiltTemplate = (BuiltBase & { kind: 'canvas'; snapshot: CanvasSnapshot }) | (BuiltBase & { kind: 'diagram'; document: DiagramDocument });

const parsed = new Map<string, Template>();

/**
 * A built-in template by id, parsed (defaults filled in, checked). Parsed once and kept.
 * @throws when there is no template with that id
 */
export function getTemplate(id: string): Template {
  const cached = parsed.get(id);
  if (cached) return cached;
  const written = templates.find((template) => template.id === id);
  if (!written) throw new Error(`No template with the id ${id}`);
  const template = templateSchema.parse(written);
  parsed.set(id, template);
  return template;
}

/** The variant asked for, or the first. */
function pickVariant<Variant extends { id: string }>(variants: readonly Variant[], wanted: string | undefined, templateId: string): Variant {
  const variant = wanted === undefined ? variants[0] : variants.find((candidate) => candidate.id === wanted);
  if (!variant) throw new Error(`The template ${templateId} has no variant ${wanted}`);
  return variant;
}

/**
 * The new board's title: the worksheet's title, and for a template with several variants the
 * variant's name after a colon ("En felles planprosess: kommuneplanens arealdel").
 */
function boardTitle(template: Template, variantName: string, language: Language): string {
  const title = template.texts[language].title;
  if (template.variants.length < 2) return title;
  return `${title}: ${variantName.charAt(0).toLocaleLowerCase('nb')}${variantName.slice(1)}`;
}

/**
 * Builds a new board's content from a built-in template, in the region's language and with a
 * space for each member municipality where the worksheet has one.
 * @returns for a canvas template a tldraw store snapshot, for a diagram template a document of
 *   Planrom's diagram format
 * @throws when the id or variant is unknown
 * @example buildTemplate('vart-formal', { language: 'nn', municipalities: region.municipalities })
 */
export function buildTemplate(id: string, options: BuildTemplateOptions): BuiltTemplate {
  const template = getTemplate(id);
  const { language } = options;
  const municipalities = namedMunicipalities(options.municipalities);
  const base = (variant: { id: string; name: { nb: string; nn: string } }) => ({
    templateId: template.id,
    templateVersion: template.version,
    variant: variant.id,
    title: boardTitle(template, variant.name[language], language),
  });
  if (template.kind === 'canvas') {
    const variant = pickVariant(template.variants, options.variant, id);
    const built = base(variant);
    return { ...built, kind: 'canvas', snapshot: buildCanvasTemplate(variant.content, { language, municipalities, pageName: built.title }) };
  }
  const variant = pickVariant(template.variants, options.variant, id);
  const built = base(variant);
  return { ...built, kind: 'diagram', document: buildDiagramTemplate(variant.content, { language, municipalities, title: built.title }) };
}
