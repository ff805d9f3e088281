import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BarometerAnswer, BarometerRound, OpenBarometerRound } from '../../../../../shared/schemas/barometer';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The region's barometer rounds, oldest first, with the results of the closed ones. */
export function useBarometerRounds(regionId: string) {
  return useQuery({
    queryKey: queryKeys.barometer(regionId),
    queryFn: async (): Promise<BarometerRound[]> => (await request(() => api.regions[':regionId'].barometer.$get({ param: { regionId } }))).rounds,
  });
}

/** A coordinator opens a round. */
export function useOpenBarometerRound(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: OpenBarometerRound): Promise<BarometerRound> =>
      (await request(() => api.regions[':regionId'].barometer.rounds.$post({ param: { regionId }, json: input }))).round,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.barometer(regionId) }),
  });
}

/** A coordinator closes a round before its day. */
export function useCloseBarometerRound(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: string): Promise<BarometerRound> =>
      (await request(() => api.regions[':regionId'].barometer.rounds[':roundId'].close.$post({ param: { regionId, roundId } }))).round,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.barometer(regionId) }),
  });
}

/** The caller's own answers to a round (empty until they answer). */
export function useMyBarometerAnswers(regionId: string, roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.myBarometerAnswers(regionId, roundId),
    enabled,
    queryFn: async (): Promise<BarometerAnswer[]> =>
      (await request(() => api.regions[':regionId'].barometer.rounds[':roundId'].answers.mine.$get({ param: { regionId, roundId } }))).answers,
  });
}

/** Stores the caller's answers, replacing earlier ones; the round's count of respondents is refreshed. */
export function useSubmitBarometerAnswers(regionId: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answers: BarometerAnswer[]): Promise<BarometerAnswer[]> =>
      (await request(() => api.regions[':regionId'].barometer.rounds[':roundId'].answers.mine.$put({ param: { regionId, roundId }, json: { answers } })))
        .answers,
    onSuccess: (answers) => {
      queryClient.setQueryData(queryKeys.myBarometerAnswers(regionId, roundId), answers);
      return queryClient.invalidateQueries({ queryKey: queryKeys.barometer(regionId), exact: true });
    },
  });
}
