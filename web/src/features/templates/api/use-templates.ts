import { useQuery } from '@tanstack/react-query';
import type { TemplateDetail, TemplateSummary } from '../../../../../shared/schemas/template';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The start-up guide's worksheets, for the gallery and the toolkit path. They change only with Planrom. */
export function useTemplates() {
  return useQuery({
    queryKey: queryKeys.templates(),
    queryFn: async (): Promise<TemplateSummary[]> => (await request(() => api.templates.$get())).templates,
    staleTime: Infinity,
  });
}

/** One worksheet with its facilitator guide; waits while the id is not known. */
export function useTemplate(templateId: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.template(templateId ?? ''),
    queryFn: async (): Promise<TemplateDetail> =>
      (await request(() => api.templates[':templateId'].$get({ param: { templateId: templateId ?? '' } }))).template,
    enabled: Boolean(templateId),
    staleTime: Infinity,
  });
}
