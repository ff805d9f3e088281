import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegionTemplate, SaveAsTemplateInput } from '../../../../../shared/schemas/template';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The region's own templates, newest first. */
export function useRegionTemplates(regionId: string) {
  return useQuery({
    queryKey: queryKeys.regionTemplates(regionId),
    queryFn: async (): Promise<RegionTemplate[]> => (await request(() => api.regions[':regionId'].templates.$get({ param: { regionId } }))).templates,
  });
}

/** "Lagre som mal": the board's content as it is now becomes a template of its region. */
export function useSaveAsTemplate(boardId: string, regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveAsTemplateInput): Promise<RegionTemplate> =>
      (await request(() => api.boards[':boardId']['save-as-template'].$post({ param: { boardId }, json: input }))).template,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.regionTemplates(regionId) }),
  });
}

/** Removes one of the region's templates (coordinators). */
export function useRemoveRegionTemplate(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (template: RegionTemplate): Promise<RegionTemplate> => {
      await request(() => api.regions[':regionId'].templates[':templateId'].$delete({ param: { regionId, templateId: template.id } }));
      return template;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.regionTemplates(regionId) }),
  });
}
