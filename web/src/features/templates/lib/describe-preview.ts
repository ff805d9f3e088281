import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/schemas/language';
import type { PreviewSummaryView } from '../../../../../shared/schemas/template';

/** A list in running text ("A, B og C"); bokmål where a browser has no nynorsk data (they read alike). */
export function listText(items: readonly string[], language: Language): string {
  return new Intl.ListFormat([language, 'nb'], { type: 'conjunction' }).format(items);
}

/**
 * The text alternative of a template's preview image: its areas (or a process's lanes) by name,
 * then how many notes, shapes and arrows it holds.
 * @example "Forhåndsvisning av «Vårt formål»: feltene Hvorfor samarbeider vi? og …, 19 lapper og 5 figurer."
 */
export function describePreview(t: TFunction, title: string, summary: PreviewSummaryView, language: Language): string {
  const parts: string[] = [];
  if (summary.areas.length > 0) parts.push(t('templates.preview.areas', { list: listText(summary.areas, language) }));
  if (summary.lanes.length > 0) parts.push(t('templates.preview.lanes', { list: listText(summary.lanes, language) }));
  if (summary.notes > 0) parts.push(t('templates.preview.notes', { count: summary.notes }));
  if (summary.items > 0) parts.push(t('templates.preview.items', { count: summary.items }));
  if (summary.connections > 0) parts.push(t('templates.preview.connections', { count: summary.connections }));
  const description = parts.length > 0 ? listText(parts, language) : t('templates.preview.empty');
  return t('templates.preview.alt', { title, description });
}
