import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { canvasQueryKeys } from './canvas-query-keys';
import { fetchVersion, listVersions, restoreVersion, saveVersion } from './canvas-api';

export function useCanvasVersions(boardId: string, enabled: boolean) {
  return useQuery({ queryKey: canvasQueryKeys.versions(boardId), queryFn: () => listVersions(boardId), enabled });
}

export function useCanvasVersion(boardId: string, versionId: string | null) {
  return useQuery({
    queryKey: canvasQueryKeys.version(boardId, versionId ?? ''),
    queryFn: () => fetchVersion(boardId, versionId!),
    enabled: versionId !== null,
    staleTime: Infinity,
  });
}

export function useSaveVersion(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => saveVersion(boardId, name),
    onSettled: () => queryClient.invalidateQueries({ queryKey: canvasQueryKeys.versions(boardId) }),
  });
}

export function useRestoreVersion(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => restoreVersion(boardId, versionId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: canvasQueryKeys.versions(boardId) }),
  });
}
