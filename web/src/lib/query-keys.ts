/** Query keys in one place, so a change to a board can refresh its region's lists too. */
export const queryKeys = {
  regions: () => ['regions'] as const,
  region: (regionId: string) => ['regions', regionId] as const,
  boards: (regionId: string, archived: 'false' | 'only') => ['regions', regionId, 'boards', archived] as const,
  allBoards: (regionId: string) => ['regions', regionId, 'boards'] as const,
  board: (boardId: string) => ['boards', boardId] as const,
};
