import type { Language } from '../../shared/schemas/language';
import type { TemplateDetail, TemplateSummary } from '../../shared/schemas/template';
import { buildTemplate, getTemplate } from '../../shared/templates/build-template';
import { canvasPreview } from '../../shared/templates/preview/canvas-preview';
import { diagramPreview } from '../../shared/templates/preview/diagram-preview';
import type { PreviewModel } from '../../shared/templates/preview/preview-model';
import { previewSvg } from '../../shared/templates/preview/preview-svg';

/** Previews are drawn from the template itself, once per template, variant and language. */
const previews = new Map<string, { model: PreviewModel; svg: string }>();

/**
 * A built-in template's preview, built with placeholder municipality spaces (as for a region that
 * has not added its members yet).
 * @throws when the template or variant is unknown (callers check first)
 */
export function templatePreview(templateId: string, variant: string, language: Language): { model: PreviewModel; svg: string } {
  const key = `${templateId}/${variant}/${language}`;
  const cached = previews.get(key);
  if (cached) return cached;
  const built = buildTemplate(templateId, { language, variant });
  const model = built.kind === 'canvas' ? canvasPreview(Object.values(built.snapshot.store)) : diagramPreview(built.document);
  const preview = { model, svg: previewSvg(model) };
  previews.set(key, preview);
  return preview;
}

/** Where the web app loads a built-in template's preview image. */
export function templatePreviewPath(templateId: string, variant: string, language: Language, version: number): string {
  return `/api/templates/${templateId}/preview.svg?language=${language}&variant=${encodeURIComponent(variant)}&v=${version}`;
}

/** A built-in template as the gallery shows it: texts in both languages, variants with previews. */
export function presentTemplate(templateId: string): TemplateSummary {
  const template = getTemplate(templateId);
  const textsIn = (language: Language) => {
    const { title, purpose, when, duration, participants } = template.texts[language];
    return { title, purpose, when, duration, participants };
  };
  return {
    id: template.id,
    version: template.version,
    heading: template.heading,
    order: template.order,
    kind: template.kind,
    texts: { nb: textsIn('nb'), nn: textsIn('nn') },
    variants: template.variants.map((variant) => {
      const perLanguage = <T>(make: (language: Language) => T) => ({ nb: make('nb'), nn: make('nn') });
      return {
        id: variant.id,
        name: variant.name,
        previewPath: perLanguage((language) => templatePreviewPath(template.id, variant.id, language, template.version)),
        preview: perLanguage((language) => templatePreview(template.id, variant.id, language).model.summary),
      };
    }),
  };
}

/** A built-in template with its facilitator guide in both languages. */
export function presentTemplateDetail(templateId: string): TemplateDetail {
  const template = getTemplate(templateId);
  return {
    ...presentTemplate(templateId),
    facilitatorGuide: { nb: template.texts.nb.facilitatorGuide, nn: template.texts.nn.facilitatorGuide },
  };
}
