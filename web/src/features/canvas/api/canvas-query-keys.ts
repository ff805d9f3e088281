/** Query keys of canvas data. */
export const canvasQueryKeys = {
  config: () => ['config'] as const,
  versions: (boardId: string) => ['boards', boardId, 'canvas', 'versions'] as const,
  version: (boardId: string, versionId: string) => ['boards', boardId, 'canvas', 'versions', versionId] as const,
};
