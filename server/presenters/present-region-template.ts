import type { PreviewSummaryView, RegionTemplate } from '../../shared/schemas/template';
import type { regionTemplates } from '../db/schema/index';

type RegionTemplateRow = typeof regionTemplates.$inferSelect;

/** Where the web app loads a region template's preview image. */
export function regionTemplatePreviewPath(row: Pick<RegionTemplateRow, 'id' | 'regionId'>): string {
  return `/api/regions/${row.regionId}/templates/${row.id}/preview.svg`;
}

/** The API's view of a region's own template (never its content). */
export function presentRegionTemplate(row: Omit<RegionTemplateRow, 'content' | 'previewSvg'>): RegionTemplate {
  return {
    id: row.id,
    regionId: row.regionId,
    title: row.title,
    description: row.description,
    kind: row.kind,
    templateId: row.templateId,
    previewPath: regionTemplatePreviewPath(row),
    preview: JSON.parse(row.previewSummary) as PreviewSummaryView,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName === null ? null : { id: row.createdById, name: row.createdByName },
  };
}
