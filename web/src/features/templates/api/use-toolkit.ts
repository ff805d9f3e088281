import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ToolkitStep } from '../../../../../shared/schemas/template';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The region's path through the guide: each worksheet's boards and whether it is agreed. */
export function useToolkit(regionId: string) {
  return useQuery({
    queryKey: queryKeys.toolkit(regionId),
    queryFn: async (): Promise<ToolkitStep[]> =>
      (await request(() => api.regions[':regionId'].toolkit.$get({ param: { regionId } }))).steps,
  });
}

/** Marks a worksheet as agreed, or takes the mark back. */
export function useMarkToolkitStep(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ templateId, agreed }: { templateId: string; agreed: boolean }): Promise<ToolkitStep> =>
      (
        await request(() =>
          api.regions[':regionId'].toolkit[':templateId'].$put({ param: { regionId, templateId }, json: { agreed } }),
        )
      ).step,
    onSuccess: (step) =>
      queryClient.setQueryData<ToolkitStep[]>(queryKeys.toolkit(regionId), (steps) =>
        steps?.map((known) => (known.templateId === step.templateId ? step : known)),
      ),
  });
}
