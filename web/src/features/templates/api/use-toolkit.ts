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

/**
 * Marks a worksheet as agreed, or takes the mark back. The checkbox follows the click at once
 * (who marked it and when follow from the server); a refusal puts it back.
 */
export function useMarkToolkitStep(regionId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.toolkit(regionId);
  const replace = (step: ToolkitStep) =>
    queryClient.setQueryData<ToolkitStep[]>(key, (steps) => steps?.map((known) => (known.templateId === step.templateId ? step : known)));
  return useMutation({
    mutationFn: async ({ templateId, agreed }: { templateId: string; agreed: boolean }): Promise<ToolkitStep> =>
      (
        await request(() =>
          api.regions[':regionId'].toolkit[':templateId'].$put({ param: { regionId, templateId }, json: { agreed } }),
        )
      ).step,
    onMutate: async ({ templateId, agreed }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ToolkitStep[]>(key)?.find((step) => step.templateId === templateId);
      if (before) replace({ ...before, agreed: agreed ? (before.agreed ?? { at: new Date().toISOString(), by: null }) : null });
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) replace(context.before);
    },
    onSuccess: replace,
  });
}
