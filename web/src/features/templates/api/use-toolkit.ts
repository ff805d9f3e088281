import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ToolkitStep } from '../../../../../shared/schemas/template';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The region's path through the guide: each worksheet's boards and whether it is agreed. */
export function useToolkit(regionId: string) {
  return useQuery({
    queryKey: queryKeys.toolkit(regionId),
    queryFn: async (): Promise<ToolkitStep[]> => (await request(() => api.regions[':regionId'].toolkit.$get({ param: { regionId } }))).steps,
  });
}

/**
 * Marks a worksheet as agreed, or takes the mark back. `pendingMarks` holds the marks sent but not
 * answered yet, so a checkbox never springs back while the server answers;
 * the stored step, with who marked it and when, replaces it on success, and a refusal drops it.
 */
export function useMarkToolkitStep(regionId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.toolkit(regionId);
  const [pendingMarks, setPendingMarks] = useState<ReadonlyMap<string, boolean>>(new Map());
  const mutation = useMutation({
    mutationFn: async ({ templateId, agreed }: ToolkitMark): Promise<ToolkitStep> =>
      (await request(() => api.regions[':regionId'].toolkit[':templateId'].$put({ param: { regionId, templateId }, json: { agreed } }))).step,
    // A refetch already under way would land after the answer and bring the old mark back.
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: (step) => queryClient.setQueryData<ToolkitStep[]>(key, (steps) => steps?.map((known) => (known.templateId === step.templateId ? step : known))),
    // Hook-level, so it runs for every mark, also when several are on their way at once.
    onSettled: (_step, _error, { templateId }) => setPendingMarks((marks) => new Map([...marks].filter(([id]) => id !== templateId))),
  });
  /** Set in the click handler itself: React then keeps the checkbox as clicked (useMutation's onMutate runs a tick later). */
  const mark = (input: ToolkitMark, callbacks?: Parameters<typeof mutation.mutate>[1]) => {
    setPendingMarks((marks) => new Map(marks).set(input.templateId, input.agreed));
    mutation.mutate(input, callbacks);
  };
  return { mark, pendingMarks };
}

interface ToolkitMark {
  templateId: string;
  agreed: boolean;
}
